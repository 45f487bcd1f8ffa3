package org.roundtable.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Samples the JVM's memory every 100 ms: heap in use (live and garbage), heap in use just after
 * garbage collections (the live set), and resident memory from /proc/self/status (VmRSS, VmHWM).
 * The service and the load generator share this JVM, so these are upper bounds for the service.
 */
final class MemorySampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakHeapUsed;
    private volatile long peakHeapCommitted;
    private volatile long peakAfterGc;
    private volatile long peakRss;

    MemorySampler() {
        thread = new Thread(this::sample, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            peakHeapUsed = Math.max(peakHeapUsed, heap.getUsed());
            peakHeapCommitted = Math.max(peakHeapCommitted, heap.getCommitted());
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    afterGc += pool.getCollectionUsage().getUsed();
                }
            }
            peakAfterGc = Math.max(peakAfterGc, afterGc);
            peakRss = Math.max(peakRss, status("VmRSS"));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Map<String, Object> report() {
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("maxHeapMiB", mib(Runtime.getRuntime().maxMemory()));
        memory.put("peakHeapUsedMiB", mib(peakHeapUsed));
        memory.put("peakHeapAfterGcMiB", mib(peakAfterGc));
        memory.put("peakHeapCommittedMiB", mib(peakHeapCommitted));
        memory.put("peakRssSampledMiB", mib(peakRss));
        memory.put("vmHwmMiB", mib(status("VmHWM")));
        return memory;
    }

    /** A line of /proc/self/status in bytes (0 where there is no /proc). */
    static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static double mib(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
