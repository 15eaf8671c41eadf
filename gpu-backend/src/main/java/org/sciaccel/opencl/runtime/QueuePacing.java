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
 * the device work. Every command enqueued through here comes with an estimate of its device time
 * (from its {@link WorkRate}); a command that would put more than {@link #aheadNanos} of estimated
 * work in the queue waits, interruptibly, until enough of the earlier work has run.
 *
 * <p>Commands are tracked in groups that end with an event: a command estimated at
 * {@value #EVENT_NANOS} ns or more has its own, small ones share the event of the command that
 * closes their group (in an in-order queue, a command's completion means everything before it has
 * run), so a pipeline of tiny launches pays for no event per launch. A completed event's profiled
 * time teaches the rate of its command's kernel. Only commands the device has not reached are
 * waited for, never the whole queue, so a fast pipeline keeps up to {@link #aheadNanos} of work
 * queued and the device does not idle between its launches.
 */
final class QueuePacing {
    /** Device time per unit assumed for a kernel that has not completed a profiled launch: a slow one's. */
    static final double UNKNOWN_NANOS_PER_UNIT = 50;
    /** A command estimated at this or more gets its own event, and a group closes at this much estimated work. */
    static final long EVENT_NANOS = 1_000_000;
    /** A group closes after this many commands whatever their estimates. */
    static final int GROUP_COMMANDS = 256;
    /** At most this many groups queued ahead. */
    static final int MAX_GROUPS = 256;
    /** Completed events are looked for at most this often while there is room in the queue. */
    private static final long HARVEST_INTERVAL_NANOS = 200_000;
    private static final long FIRST_PAUSE_NANOS = 20_000;
    private static final long LAST_PAUSE_NANOS = 2_000_000;

    /** One enqueue: issues the command on the queue with {@code event} (null: none wanted) receiving its event. */
    @FunctionalInterface
    interface Command {
        void enqueue(cl_event event);
    }

    /**
     * Commands up to and including the one that has {@code event}; {@code rate} and {@code units} are
     * that last command's (null for a marker), {@code estimate} is the whole group's.
     */
    private record Group(cl_event event, WorkRate rate, double units, long estimate) {
    }

    private final cl_command_queue queue;
    private final String deviceName;
    private final long aheadNanos;
    private final ArrayDeque<Group> groups = new ArrayDeque<>();
    /** Estimated work of the closed groups not known to have run. */
    private long groupNanos;
    /** Commands enqueued since the last event, and their estimated work. */
    private int openCommands;
    private long openNanos;
    private long lastHarvest;
    /** The first failed command seen since the last wait for the whole queue, or null. */
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
        while (true) {
            synchronized (this) {
                harvest(false);
                if (!fits(estimate)) {
                    harvest(true);
                }
                if (fits(estimate)) {
                    if (estimate >= EVENT_NANOS || openNanos + estimate >= EVENT_NANOS
                            || openCommands + 1 >= GROUP_COMMANDS) {
                        cl_event event = new cl_event();
                        command.enqueue(event);
                        close(event, rate, units, estimate);
                    } else {
                        command.enqueue(null);
                        openCommands++;
                        openNanos += estimate;
                    }
                    return;
                }
                if (openCommands > 0) {
                    // The work to wait for has no event yet: a marker gives it one (and flushes the queue).
                    closeWithMarker(what);
                }
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(2 * pause, LAST_PAUSE_NANOS);
            checkInterrupt(what);
        }
    }

    /** Whether a command of {@code estimate} may be queued now; under this object's lock. */
    private boolean fits(long estimate) {
        if (groups.isEmpty() && openCommands == 0) {
            return true;  // nothing to wait for
        }
        return groups.size() < MAX_GROUPS && groupNanos + openNanos + estimate <= aheadNanos;
    }

    /** Ends the open group with the command that has {@code event}; under this object's lock. */
    private void close(cl_event event, WorkRate rate, double units, long estimate) {
        long total = openNanos + estimate;
        groups.addLast(new Group(event, rate, units, total));
        groupNanos += total;
        openCommands = 0;
        openNanos = 0;
        if (groups.size() == 1) {
            // Some drivers start queued commands only when flushed; a wait needs them running.
            CL.clFlush(queue);
        }
    }

    /** Ends the open group with a marker (flushing the queue) and returns the marker's event; under the lock. */
    private cl_event closeWithMarker(String what) {
        cl_event marker = new cl_event();
        try {
            CL.clEnqueueMarkerWithWaitList(queue, 0, null, marker);
            close(marker, null, 0, 0);
            CL.clFlush(queue);
        } catch (CLException e) {
            throw new BackendException("OpenCL error " + CL.stringFor_errorCode(e.getStatus()) + " while " + what
                    + " on " + deviceName, e);
        }
        return marker;
    }

    /** Whether anything enqueued here may still be on the device. */
    synchronized boolean busy() {
        harvest(true);
        return !groups.isEmpty() || openCommands > 0;
    }

    /** Estimated device time of what is queued and not known to have run. */
    synchronized long pendingNanos() {
        harvest(true);
        return groupNanos + openNanos;
    }

    /**
     * Waits until everything queued so far has run, as {@code clFinish} does, but interruptibly: a
     * marker is polled (backing off from 20 µs to 2 ms).
     */
    void awaitAll(String what) {
        cl_event marker;
        synchronized (this) {
            marker = closeWithMarker(what);
            CL.clRetainEvent(marker);  // this wait's reference; the group's goes when it is harvested
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
                        harvest(true);
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

    /** Releases every event still held, run or not (the queue is going, after {@code clFinish}). */
    synchronized void releaseAll() {
        harvest(true);
        for (Group g : groups) {
            CL.clReleaseEvent(g.event());
        }
        groups.clear();
        groupNanos = 0;
        openCommands = 0;
        openNanos = 0;
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

    /**
     * Drops the groups at the head whose events have completed, teaching their rates; under this
     * object's lock. Unless {@code force}, at most every {@value #HARVEST_INTERVAL_NANOS} ns.
     */
    private void harvest(boolean force) {
        if (groups.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastHarvest < HARVEST_INTERVAL_NANOS) {
            return;
        }
        lastHarvest = now;
        int[] status = new int[1];
        long[] time = new long[1];
        while (!groups.isEmpty()) {
            Group g = groups.peekFirst();
            CL.clGetEventInfo(g.event(), CL.CL_EVENT_COMMAND_EXECUTION_STATUS, Sizeof.cl_int, Pointer.to(status),
                    null);
            if (status[0] > CL.CL_COMPLETE) {
                return;  // queued, submitted or running; what follows it in the in-order queue has not run either
            }
            if (status[0] == CL.CL_COMPLETE && g.rate() != null) {
                try {
                    CL.clGetEventProfilingInfo(g.event(), CL.CL_PROFILING_COMMAND_START, Sizeof.cl_ulong,
                            Pointer.to(time), null);
                    long start = time[0];
                    CL.clGetEventProfilingInfo(g.event(), CL.CL_PROFILING_COMMAND_END, Sizeof.cl_ulong,
                            Pointer.to(time), null);
                    g.rate().add(g.units(), time[0] - start);
                } catch (CLException ignored) {
                    // no profiling information: the rate keeps what it had
                }
            }
            if (status[0] < 0 && failed == null) {
                failed = "queued work failed with status " + status[0];  // reported by the next wait for the queue
            }
            groups.removeFirst();
            groupNanos -= g.estimate();
            CL.clReleaseEvent(g.event());
        }
        groupNanos = 0;
    }
}
