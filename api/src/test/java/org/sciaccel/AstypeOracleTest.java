package org.sciaccel;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** HostArray.astype against NumPy's astype for every pair of dtypes (make_astype_oracle.py). */
class AstypeOracleTest {
    static Stream<AstypeOracle.Case> cases() {
        return AstypeOracle.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostAstypeMatchesNumpy(AstypeOracle.Case c) {
        assertNull(AstypeOracle.difference(c.expected(), c.source().astype(c.to())), c.toString());
    }
}
