package org.sciaccel.opencl.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_program;
import org.sciaccel.KernelBuildException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Built programs of one context, keyed by source text and build options. Thread-safe: concurrent
 * requests for the same key build once (the others wait for that build); different keys build in
 * parallel. A failed build throws {@link KernelBuildException} with the compiler's log and is not
 * cached, so fixing nothing and asking again reports the same error again.
 *
 * <p>Set the environment variable {@value #BUILD_LOG_ENV}{@code =1} or the system property
 * {@value #BUILD_LOG_PROPERTY}{@code =true} to print the build log of successful builds too.
 */
public final class KernelCache {
    public static final String BUILD_LOG_ENV = "SCIACCEL_OPENCL_BUILD_LOG";
    public static final String BUILD_LOG_PROPERTY = "sciaccel.opencl.buildLog";
    private static final Logger LOG = LoggerFactory.getLogger(KernelCache.class);

    private record Key(String text, String options) {
    }

    private final cl_context context;
    private final cl_device_id device;
    private final String deviceName;
    private final String baseOptions;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong builds = new AtomicLong();
    private final AtomicLong buildMillis = new AtomicLong();

    KernelCache(cl_context context, cl_device_id device, String deviceName, String baseOptions) {
        this.context = context;
        this.device = device;
        this.deviceName = deviceName;
        this.baseOptions = baseOptions;
    }

    /** The program built from {@code source} with {@code options}, building it on first request. */
    public ClProgram program(KernelSource source, String options) {
        Key key = new Key(source.text(), options);
        Entry e = entries.computeIfAbsent(key, k -> new Entry(source.name(), k));
        try {
            return e.get();
        } catch (RuntimeException ex) {
            entries.remove(key, e);
            throw ex;
        }
    }

    /** Number of successful builds so far (cache misses). */
    public long buildCount() {
        return builds.get();
    }

    /** Total compiler time of the successful builds. */
    public long buildMillis() {
        return buildMillis.get();
    }

    /** Releases every program. */
    void releaseAll() {
        for (Entry e : entries.values()) {
            e.release();
        }
        entries.clear();
    }

    /** One key's program, built under the entry's lock so that a key builds once. */
    private final class Entry {
        private final String sourceName;
        private final Key key;
        private ClProgram program;

        Entry(String sourceName, Key key) {
            this.sourceName = sourceName;
            this.key = key;
        }

        synchronized ClProgram get() {
            if (program == null) {
                program = build(sourceName, key);
            }
            return program;
        }

        synchronized void release() {
            if (program != null) {
                program.release();
                program = null;
            }
        }
    }

    private ClProgram build(String sourceName, Key key) {
        String options = (baseOptions + " " + key.options()).trim();
        long start = System.nanoTime();
        cl_program program = CL.clCreateProgramWithSource(context, 1, new String[] {key.text()}, null, null);
        try {
            CL.clBuildProgram(program, 1, new cl_device_id[] {device}, options, null, null);
        } catch (CLException e) {
            String log = safeLog(program);
            CL.clReleaseProgram(program);
            throw new KernelBuildException("OpenCL kernel " + sourceName + " failed to build on " + deviceName
                    + " with options '" + options + "' (" + e.getMessage() + ")", log);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        builds.incrementAndGet();
        buildMillis.addAndGet(millis);
        LOG.debug("built {} with '{}' in {} ms", sourceName, options, millis);
        if (printLogs()) {
            String log = safeLog(program);
            System.err.println("[sciaccel] built OpenCL kernel " + sourceName + " with '" + options + "' on "
                    + deviceName + " in " + millis + " ms" + (log.isEmpty() ? " (empty build log)" : "; build log:\n" + log));
        }
        return new ClProgram(sourceName, options, program, device, millis, splittable(key.text()));
    }

    /**
     * The work-item functions whose values differ between a launch and the same work-groups run as a
     * part of it (global work offset, fewer groups).
     */
    private static final Pattern WHOLE_LAUNCH_QUERIES = Pattern.compile(
            "\\bget_(group_id|num_groups|global_size|global_offset|enqueued_local_size|global_linear_id"
                    + "|group_linear_id)\\b");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    /**
     * Whether the kernels of {@code text} may be launched in parts (see {@link ClKernel#splittable}):
     * none of {@link #WHOLE_LAUNCH_QUERIES} outside comments, anywhere in the program (a helper may
     * ask on a kernel's behalf).
     */
    static boolean splittable(String text) {
        return !WHOLE_LAUNCH_QUERIES.matcher(COMMENTS.matcher(text).replaceAll(" ")).find();
    }

    private String safeLog(cl_program program) {
        try {
            return ClInfo.buildLog(program, device);
        } catch (CLException e) {
            return "(the build log could not be read: " + e.getMessage() + ")";
        }
    }

    private static boolean printLogs() {
        String env = System.getenv(BUILD_LOG_ENV);
        return "1".equals(env) || "true".equalsIgnoreCase(env)
                || Boolean.parseBoolean(System.getProperty(BUILD_LOG_PROPERTY));
    }
}
