package org.sciaccel.cli.demo;

import java.util.List;

/** The sections of {@code sciaccel demo}, in the order they run; later op families add theirs here. */
public final class DemoSections {
    private DemoSections() {
    }

    public static List<DemoSection> all() {
        return List.of(
                new GaussianSmoothingSection(),
                new FilterComparisonSection(),
                new GeometricTransformsSection(),
                new BubblesAndSandSection(),
                new MoonLandingSection(),
                new PopulationPeriodsSection(),
                new LidarFitSection(),
                new OptimizationSection(),
                new InterpolationSection(),
                new OdeSection(),
                new StatisticsSection());
    }
}
