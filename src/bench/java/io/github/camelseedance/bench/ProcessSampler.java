/*
 * Copyright 2026 the camel-seedance authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelseedance.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches this JVM while a run goes on: the live threads at their peak (the JVM's own count, and those whose names
 * match, sampled every 10 ms), the heap used at its peak (sampled, garbage included) and the heap left after each
 * collection at its peak (from the collectors' notifications: what was live).
 */
final class ProcessSampler implements AutoCloseable {

    private final List<Predicate<String>> groups;
    private final Set<String> heapPools = new HashSet<>();
    private final Thread sampler;
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener afterGc = this::collected;
    private final int[] peakOfGroup;
    private volatile boolean running = true;

    /** Starts sampling; each of {@code groups} picks threads counted apart by their lower-cased names. */
    ProcessSampler(List<Predicate<String>> groups) {
        this.groups = List.copyOf(groups);
        this.peakOfGroup = new int[groups.size()];
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(afterGc, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(this::sample, "process-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            countGroups();
            try {
                Thread.sleep(10); // the sampling period
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void countGroups() {
        if (groups.isEmpty()) {
            return;
        }
        Thread[] threads = new Thread[Thread.activeCount() + 64];
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        int n = root.enumerate(threads, true);
        int[] counts = new int[groups.size()];
        for (int i = 0; i < n; i++) {
            String name = threads[i].getName().toLowerCase(Locale.ROOT);
            for (int g = 0; g < counts.length; g++) {
                if (groups.get(g).test(name)) {
                    counts[g]++;
                }
            }
        }
        synchronized (peakOfGroup) {
            for (int g = 0; g < counts.length; g++) {
                peakOfGroup[g] = Math.max(peakOfGroup[g], counts[g]);
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification
                .getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    int peakThreads() {
        return ManagementFactory.getThreadMXBean().getPeakThreadCount();
    }

    /** The most threads of group {@code g} alive at once (sampled). */
    int peakThreadsOf(int g) {
        synchronized (peakOfGroup) {
            return peakOfGroup[g];
        }
    }

    long peakHeapUsed() {
        return peakUsed.get();
    }

    long peakAfterGc() {
        return peakAfterGc.get();
    }

    /** The heap still used after two full collections: what is live now. */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws Exception {
        running = false;
        sampler.interrupt();
        sampler.join();
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(afterGc);
        }
    }
}
