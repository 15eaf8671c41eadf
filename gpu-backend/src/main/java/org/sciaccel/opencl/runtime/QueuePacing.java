package org.sciaccel.opencl.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_event;
import org.sciaccel.BackendException;

/**
 * What one in-order command queue holds that has not run yet, kept short enough that a user can stop
 * the device work: every command enqueued through here has an event and an estimate of its device
 * time (from its {@link WorkRate}), and a command that would put more than {@link #aheadNanos} of
 * estimated work in the queue waits, interruptibly, until enough of the earlier work has run. Each
 * completed command's profiled time teaches its rate.
 *
 * <p>Only the commands the device has not reached are waited for, never the whole queue, so a
 * pipeline of fast launches keeps {@link #aheadNanos} of work queued and the device never idles
 * between them; the cost per command is an event and two profiling reads.
 */
final class QueuePacing {
    /** Device time per unit assumed for a kernel that has not completed a launch yet: a slow one's. */
    static final double UNKNOWN_NANOS_PER_UNIT = 50;
    /** At most this many commands queued ahead, whatever their estimates (each holds an event). */
    static final int MAX_PENDING = 4096;
    private static final long FIRST_PAUSE_NANOS = 20_000;
    private static final long LAST_PAUSE_NANOS = 2_000_000;

    /** One enqueue: issues the command on the queue with {@code event} receiving its event. */
    @FunctionalInterface
    interface Command {
        void enqueue(cl_event event);
    }

    private record Pending(cl_event event, WorkRate rate, double units, long estimate) {
    }

    private final cl_command_queue queue;
    private final String deviceName;
    private final long aheadNanos;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long pendingNanos;
    /** The first command seen failed since the last wait for the whole queue, or null. */
    private String failed;

    QueuePacing(cl_command_queue queue, String deviceName, long aheadNanos) {
        this.queue = queue;
        this.deviceName = deviceName;
        this.aheadNanos = aheadNanos;
    }

    /** The bound on estimated work queued ahead, in nanoseconds. */
    long aheadNanos() {
        return aheadNanos;
    }

    /** Estimated device time of {@code units} at {@code rate}. */
    static long estimate(WorkRate rate, double units) {
        double ns = rate.nanosPerUnit(UNKNOWN_NANOS_PER_UNIT) * units;
        return (long) Math.min(ns, 1e15);  // sums of estimates stay far from overflow
    }

    /**
     * Enqueues {@code command} ({@code units} of work at {@code rate}) once the work queued ahead of it
     * leaves room for its estimate (at once when nothing is queued), waiting meanwhile.
     *
     * @throws BackendException if the thread is interrupted (before anything is queued, or while it
     *     waits), with the interrupt flag kept; nothing of {@code command} is queued then
     */
    void enqueue(WorkRate rate, double units, String what, Command command) {
        checkInterrupt(what);
        long estimate = estimate(rate, units);
        long pause = FIRST_PAUSE_NANOS;
        boolean flushed = false;
        while (true) {
            synchronized (this) {
                harvest();
                if (pending.isEmpty() || (pending.size() < MAX_PENDING && pendingNanos + estimate <= aheadNanos)) {
                    cl_event event = new cl_event();
                    command.enqueue(event);
                    pending.addLast(new Pending(event, rate, units, estimate));
                    pendingNanos += estimate;
                    return;
                }
            }
            if (!flushed) {
                // Some drivers start queued commands only when flushed; the wait needs them running.
                flush(what);
                flushed = true;
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(2 * pause, LAST_PAUSE_NANOS);
            checkInterrupt(what);
        }
    }

    /** Whether anything enqueued here may still be on the device. */
    synchronized boolean busy() {
        harvest();
        return !pending.isEmpty();
    }

    /** Estimated device time of what is queued and not known to have run. */
    synchronized long pendingNanos() {
        harvest();
        return pendingNanos;
    }

    /**
     * Waits until everything queued so far has run, as {@code clFinish} does, but interruptibly: a
     * marker is polled (backing off from 20 µs to 2 ms).
     */
    void awaitAll(String what) {
        cl_event marker = new cl_event();
        try {
            CL.clEnqueueMarkerWithWaitList(queue, 0, null, marker);
            CL.clFlush(queue);
        } catch (CLException e) {
            throw new BackendException("OpenCL error " + CL.stringFor_errorCode(e.getStatus())
                    + " while waiting for the device (" + what + ") on " + deviceName, e);
        }
        try {
            int[] status = new int[1];
            long pause = FIRST_PAUSE_NANOS;
            while (true) {
                CL.clGetEventInfo(marker, CL.CL_EVENT_COMMAND_EXECUTION_STATUS, Sizeof.cl_int, Pointer.to(status),
                        null);
                if (status[0] == CL.CL_COMPLETE) {
                    String failure;
                    synchronized (this) {
                        harvest();
                        failure = failed;
                        failed = null;
                    }
                    if (failure != null) {
                        throw new BackendException("OpenCL device " + deviceName + ": " + failure + " (" + what
                                + ")");
                    }
                    return;
                }
                if (status[0] < 0) {
                    throw new BackendException("OpenCL device " + deviceName + ": queued work failed with status "
                            + status[0] + " (" + what + ")");
                }
                checkInterrupt(what);
                LockSupport.parkNanos(pause);
                pause = Math.min(2 * pause, LAST_PAUSE_NANOS);
            }
        } catch (CLException e) {
            throw new BackendException("OpenCL error " + CL.stringFor_errorCode(e.getStatus())
                    + " while waiting for the device (" + what + ") on " + deviceName, e);
        } finally {
            CL.clReleaseEvent(marker);
        }
    }

    /** Releases the events of commands that have run (after {@code clFinish}: all of them). */
    synchronized void releaseCompleted() {
        harvest();
    }

    /** Releases every event still held, run or not (the queue is going). */
    synchronized void releaseAll() {
        harvest();
        for (Pending p : pending) {
            CL.clReleaseEvent(p.event());
        }
        pending.clear();
        pendingNanos = 0;
    }

    /**
     * The checkpoint of every enqueue and wait: an interrupted thread queues nothing more and gets a
     * {@link BackendException}, its interrupt flag kept.
     */
    void checkInterrupt(String what) {
        if (Thread.currentThread().isInterrupted()) {
            throw new BackendException("interrupted while using OpenCL device " + deviceName + " (" + what
                    + "); nothing more is queued, and the work already queued (about " + Math.max(1,
                            aheadNanos / 1_000_000) + " ms at most) finishes on the device",
                    new InterruptedException());
        }
    }

    private void flush(String what) {
        try {
            CL.clFlush(queue);
        } catch (CLException e) {
            throw new BackendException("OpenCL error " + CL.stringFor_errorCode(e.getStatus()) + " while " + what
                    + " on " + deviceName, e);
        }
    }

    /** Drops the commands at the head that have run, teaching their rates; under this object's lock. */
    private void harvest() {
        int[] status = new int[1];
        long[] time = new long[1];
        while (!pending.isEmpty()) {
            Pending p = pending.peekFirst();
            CL.clGetEventInfo(p.event(), CL.CL_EVENT_COMMAND_EXECUTION_STATUS, Sizeof.cl_int, Pointer.to(status),
                    null);
            if (status[0] > CL.CL_COMPLETE) {
                return;  // queued, submitted or running; what follows it in the in-order queue has not run either
            }
            if (status[0] == CL.CL_COMPLETE) {
                try {
                    CL.clGetEventProfilingInfo(p.event(), CL.CL_PROFILING_COMMAND_START, Sizeof.cl_ulong,
                            Pointer.to(time), null);
                    long start = time[0];
                    CL.clGetEventProfilingInfo(p.event(), CL.CL_PROFILING_COMMAND_END, Sizeof.cl_ulong,
                            Pointer.to(time), null);
                    p.rate().add(p.units(), time[0] - start);
                } catch (CLException ignored) {
                    // no profiling information: the rate keeps what it had
                }
            }
            if (status[0] < 0 && failed == null) {
                failed = "queued work failed with status " + status[0];  // reported by the next wait for the queue
            }
            pending.removeFirst();
            pendingNanos -= p.estimate();
            CL.clReleaseEvent(p.event());
        }
        pendingNanos = 0;
    }
}
