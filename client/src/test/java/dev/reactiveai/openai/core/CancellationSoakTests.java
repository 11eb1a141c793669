package dev.reactiveai.openai.core;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/reliability.md, case 11: ten thousand cancelled streams leave no growth in
 * connections, threads, heap or direct memory.
 */
class CancellationSoakTests {

	private static final int LOOPS = 10_000;

	@Test
	void tenThousandCancelledStreamsLeaveNothingBehind() {
		CreateChatCompletionRequest request = TestClients.chatRequest("hi");
		try (LoopbackServer server = new LoopbackServer();
				OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
				})) {
			server.stream(Flux.interval(Duration.ofMillis(1)).map((i) -> StreamingTests.chunk("t" + i)), true);
			runLoops(client, request, 500);
			await().atMost(Duration.ofSeconds(10)).until(() -> server.openConnections() == 0);
			Snapshot before = Snapshot.take();
			runLoops(client, request, LOOPS);
			await().atMost(Duration.ofSeconds(20)).until(() -> server.openConnections() == 0);
			Snapshot after = Snapshot.take();
			assertThat(server.requests()).isEqualTo(LOOPS + 500);
			assertThat(after.threads()).isLessThanOrEqualTo(before.threads() + 2);
			assertThat(after.heapBytes()).isLessThan(before.heapBytes() + 64L * 1024 * 1024);
			assertThat(after.directBytes()).isLessThanOrEqualTo(before.directBytes() + 16L * 1024 * 1024);
		}
	}

	private static void runLoops(OpenAiClient client, CreateChatCompletionRequest request, int loops) {
		for (int i = 0; i < loops; i++) {
			Long count = client.chat()
				.completions()
				.createStream(request)
				.take(3)
				.count()
				.block(Duration.ofSeconds(10));
			assertThat(count).isEqualTo(3);
		}
	}

	record Snapshot(int threads, long heapBytes, long directBytes) {

		static Snapshot take() {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			for (int i = 0; i < 3; i++) {
				System.gc();
			}
			long nioDirect = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)
				.stream()
				.filter((pool) -> pool.getName().equals("direct"))
				.mapToLong(BufferPoolMXBean::getMemoryUsed)
				.sum();
			// Netty allocates most direct memory without the JDK knowing: its allocators
			// count it.
			long nettyDirect = PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory()
					+ UnpooledByteBufAllocator.DEFAULT.metric().usedDirectMemory()
					+ ((ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider provider
							&& provider != PooledByteBufAllocator.DEFAULT
							&& provider != UnpooledByteBufAllocator.DEFAULT) ? provider.metric().usedDirectMemory()
									: 0);
			return new Snapshot(Thread.activeCount(), memory.getHeapMemoryUsage().getUsed(), nioDirect + nettyDirect);
		}

	}

}
