package dev.reactiveai.openai.benchmarks.probes;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.reactiveai.openai.benchmarks.contenders.ByteDrainContender;
import dev.reactiveai.openai.benchmarks.contenders.OfficialSdkContender;
import dev.reactiveai.openai.benchmarks.contenders.OwnClientContender;
import dev.reactiveai.openai.benchmarks.contenders.StreamContender;
import dev.reactiveai.openai.benchmarks.harness.ForkedJvm;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;

/**
 * Holds many streams open at once in a JVM of its own and reports what they cost it: live
 * threads, heap after a full collection, direct memory (the JDK's count and Netty's,
 * which the JDK does not see) and resident memory. The difference before and after
 * opening the streams, over their number, is the cost of one stream.
 * <p>
 * Arguments: the contender ({@code own}, {@code sdk} or {@code drain}), the base URL, the
 * number of streams, and the seconds allowed to open them.
 */
public final class OpenStreamsProbe {

	/**
	 * Streams opened at once that have not seen their first event yet, as a pool's
	 * connects would be paced.
	 */
	private static final int OPENING_AT_ONCE = 256;

	private OpenStreamsProbe() {
	}

	public static void main(String[] args) throws Exception {
		String contender = args[0];
		String baseUrl = args[1];
		int streams = Integer.parseInt(args[2]);
		long timeoutSeconds = Long.parseLong(args[3]);
		StreamContender client = switch (contender) {
			case "own" -> new OwnClientContender(baseUrl, streams + 16);
			case "sdk" -> new OfficialSdkContender(baseUrl, streams + 16);
			case "drain" -> new ByteDrainContender(baseUrl, streams + 16);
			default -> throw new IllegalArgumentException("Unknown contender " + contender);
		};
		boolean netty = !contender.equals("sdk");
		// One stream first, so that classes, pools and event loops exist before the
		// baseline
		CountDownLatch warm = new CountDownLatch(1);
		List<Object> held = new ArrayList<>(streams + 1);
		held.add(client.hold(warm::countDown));
		require(warm.await(timeoutSeconds, TimeUnit.SECONDS), "The first stream saw no event");
		Map<String, Object> before = measure(netty);
		Semaphore opening = new Semaphore(OPENING_AT_ONCE);
		AtomicInteger seen = new AtomicInteger();
		String stopped = "none";
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		try {
			for (int i = 0; i < streams; i++) {
				if (!opening.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
					stopped = "timeout";
					break;
				}
				AtomicBoolean first = new AtomicBoolean();
				held.add(client.hold(() -> {
					if (first.compareAndSet(false, true)) {
						seen.incrementAndGet();
						opening.release();
					}
				}));
			}
			// The last ones may still be on their way
			while (seen.get() < held.size() - 1 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}
		catch (Throwable ex) {
			// Such as "unable to create native thread": report what was held until then
			stopped = ex.getClass().getSimpleName();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Object> after = measure(netty);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("streams", seen.get());
		result.put("stopped", stopped);
		result.put("openSeconds", seconds);
		before.forEach((key, value) -> result.put(key + "Before", value));
		after.forEach((key, value) -> result.put(key + "After", value));
		System.out.println(ForkedJvm.resultLine(result));
		System.out.flush();
		// Leave without closing 10,000 streams one by one: the server sees the sockets
		// close
		Runtime.getRuntime().halt(0);
	}

	private static Map<String, Object> measure(boolean netty) throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
		values.put("heap", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		long jdkDirect = 0;
		for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
			if (pool.getName().equals("direct")) {
				jdkDirect = pool.getMemoryUsed();
			}
		}
		values.put("jdkDirect", jdkDirect);
		// Netty allocates most direct memory without the JDK knowing: its own counters
		values.put("nettyDirect", netty ? PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory()
				+ UnpooledByteBufAllocator.DEFAULT.metric().usedDirectMemory() : 0);
		values.put("nettyAllocatorDirect",
				(netty && ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider provider)
						? provider.metric().usedDirectMemory() : 0);
		values.put("rss", residentBytes());
		return values;
	}

	/** The process's resident memory, from Linux's {@code /proc}, or -1 elsewhere. */
	private static long residentBytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux
		}
		return -1;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			System.err.println(message);
			Runtime.getRuntime().halt(1);
		}
	}

}
