package io.restgres.admin;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.RuntimeMXBean;

/**
 * The JVM's memory, garbage collection, threads and uptime, under the names of the Prometheus Java
 * client's standard exporters ({@code jvm_memory_*}, {@code jvm_gc_collection_seconds}), so that
 * existing JVM dashboards work; PostgREST exposes its runtime the same way ({@code ghc_*}).
 */
final class JvmMetrics {
  private JvmMetrics() {}

  static void writeTo(PrometheusText out) {
    memory(out);
    gc(out);
    var threads = ManagementFactory.getThreadMXBean();
    out.single("jvm_threads_current", "gauge", "Current thread count of the JVM", threads.getThreadCount());
    out.single("jvm_threads_peak", "gauge", "Peak thread count of the JVM", threads.getPeakThreadCount());
    RuntimeMXBean rt = ManagementFactory.getRuntimeMXBean();
    out.single("process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch, in seconds",
        rt.getStartTime() / 1000.0);
    out.single("process_uptime_seconds", "gauge", "Time since the JVM started, in seconds", rt.getUptime() / 1000.0);
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      out.single("process_cpu_seconds_total", "counter", "CPU time used by the process, in seconds",
          os.getProcessCpuTime() / 1e9);
    }
  }

  private static void memory(PrometheusText out) {
    var mem = ManagementFactory.getMemoryMXBean();
    MemoryUsage heap = mem.getHeapMemoryUsage();
    MemoryUsage nonHeap = mem.getNonHeapMemoryUsage();
    out.family("jvm_memory_bytes_used", "gauge", "Used bytes of a given JVM memory area")
        .sample("jvm_memory_bytes_used", heap.getUsed(), "area", "heap")
        .sample("jvm_memory_bytes_used", nonHeap.getUsed(), "area", "nonheap");
    out.family("jvm_memory_bytes_committed", "gauge", "Committed bytes of a given JVM memory area")
        .sample("jvm_memory_bytes_committed", heap.getCommitted(), "area", "heap")
        .sample("jvm_memory_bytes_committed", nonHeap.getCommitted(), "area", "nonheap");
    out.family("jvm_memory_bytes_max", "gauge", "Max bytes of a given JVM memory area (-1: undefined)")
        .sample("jvm_memory_bytes_max", heap.getMax(), "area", "heap")
        .sample("jvm_memory_bytes_max", nonHeap.getMax(), "area", "nonheap");
    out.family("jvm_memory_pool_bytes_used", "gauge", "Used bytes of a given JVM memory pool");
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      out.sample("jvm_memory_pool_bytes_used", pool.getUsage().getUsed(), "pool", pool.getName());
    }
  }

  private static void gc(PrometheusText out) {
    String name = "jvm_gc_collection_seconds";
    out.family(name, "summary", "Time spent in a given JVM garbage collector, in seconds");
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      out.sample(name + "_count", Math.max(0, gc.getCollectionCount()), "gc", gc.getName());
      out.sample(name + "_sum", Math.max(0, gc.getCollectionTime()) / 1000.0, "gc", gc.getName());
    }
  }
}
