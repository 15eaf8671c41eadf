package org.sciaccel;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sciaccel.spi.ArrayStorage;
import org.sciaccel.spi.BackendProvider;
import org.sciaccel.spi.MorphologyOps;
import org.sciaccel.spi.NdimageOps;

/**
 * A backend for the api module's own tests: it stores arrays on the heap and claims the ops it is
 * given (whose bodies the tests supply), so selection, lifetimes and routing can be tested without a
 * real backend.
 */
final class HostMemoryBackend implements Backend {
    /** The ops the fallback test backend claims. */
    static final Set<String> FALLBACK_OPS = Set.of("test.negate", "test.sum", "test.split", "test.pair",
            "ndimage.distance_transform_edt", "ndimage.distance_transform_cdt");

    private final String name;
    private final Set<String> ops;
    private final MorphologyOps morphology = RecordingMorphology.create();
    final AtomicLong live = new AtomicLong();

    HostMemoryBackend(String name) {
        this(name, Set.of());
    }

    HostMemoryBackend(String name, Set<String> ops) {
        this.name = name;
        this.ops = ops;
    }

    @Override public String name() { return name; }
    @Override public String device() { return "heap"; }
    @Override public boolean supports(DType dtype) { return dtype != DType.COMPLEX128; }

    @Override
    public ArrayStorage upload(HostArray host) {
        if (closed) {
            throw new IllegalStateException("the " + name + " backend is closed");
        }
        HostArray copy = host.copy();
        live.incrementAndGet();
        return new ArrayStorage() {
            final HostArray held = copy;
            @Override public long byteSize() { return (long) held.size() * held.dtype().itemSize(); }
            @Override public void release() { live.decrementAndGet(); }
            @Override public String toString() { return held.toString(); }
        };
    }

    @Override
    public HostArray download(ArrayStorage storage, DType dtype, int[] shape) {
        try {
            java.lang.reflect.Field f = storage.getClass().getDeclaredField("held");
            f.setAccessible(true);
            return ((HostArray) f.get(storage)).copy();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override public NDArray astype(NDArray input, DType dtype) { return NDArray.fromHost(this, input.toHost().astype(dtype)); }
    @Override public Set<String> implementedOps() { return ops; }
    @Override public NdimageOps ndimage() { throw new UnsupportedOperationException("no ndimage ops"); }
    @Override public MorphologyOps morphology() { return morphology; }
    @Override public void synchronize() { }
    @Override public long liveAllocations() { return live.get(); }
    @Override public long liveBytes() { return 0; }
    @Override public long bytesToBackend() { return 0; }
    @Override public long bytesFromBackend() { return 0; }
    private volatile boolean closed;
    @Override public void close() { closed = true; }
    @Override public boolean isClosed() { return closed; }

    /** Registered in META-INF/services of the test class path. */
    public static final class HighProvider implements BackendProvider {
        @Override public String name() { return "testhigh"; }
        @Override public Availability probe() { return new Availability(true, 50, "test backend, high priority", "device 0: heap"); }
        @Override public Backend create() { return new HostMemoryBackend(name()); }
    }

    public static final class LowProvider implements BackendProvider {
        @Override public String name() { return "testlow"; }
        @Override public Availability probe() { return new Availability(true, 1, "test backend, low priority", ""); }
        @Override public Backend create() { return new HostMemoryBackend(name()); }
    }

    /** Stands in for the reference backend, so that routing has somewhere to fall back to. */
    public static final class FallbackProvider implements BackendProvider {
        @Override public String name() { return Backends.FALLBACK_NAME; }
        @Override public Availability probe() { return new Availability(true, 0, "test fallback backend", ""); }
        @Override public Backend create() { return new HostMemoryBackend(name(), FALLBACK_OPS); }
    }

    public static final class OffProvider implements BackendProvider {
        @Override public String name() { return "testoff"; }
        @Override public Availability probe() { return Availability.unavailable("no such device here"); }
        @Override public Backend create() { throw new AssertionError("never created"); }
    }
}
