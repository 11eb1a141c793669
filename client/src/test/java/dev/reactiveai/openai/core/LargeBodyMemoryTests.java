package dev.reactiveai.openai.core;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.CreateEmbeddingResponse;
import dev.reactiveai.openai.types.ListModelsResponse;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reliability.md, case 31: what reading a large JSON answer allocates on the heap,
 * per byte of the answer, for three shapes of about 60 MB: one huge string, many small
 * objects, and float arrays.
 * <p>
 * The client's own share is what it allocates beyond Jackson's parse of the same bytes
 * into the same type: the body's buffers stay off the heap and are parsed where they are,
 * so that share is near zero, and a copy of the body onto the heap (1.0 per byte) would
 * fail the test. Allocation is counted with
 * {@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long[])} over every
 * thread, and is the same from run to run to within 1 %; Netty's leak detector is off
 * during the measured calls because its trace records (about 2 bytes per body byte at
 * {@code paranoid}) are not the client's.
 */
class LargeBodyMemoryTests {

	private static final int SIZE = 60_000_000;

	/** What the client may allocate per body byte beyond Jackson's own parse. */
	private static final double CLIENT_SHARE = 0.25;

	private final LoopbackServer server = new LoopbackServer();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aHugeStringAllocatesNoMoreThanJacksonsParseOfIt() {
		StringBuilder json = new StringBuilder(SIZE + 400)
			.append("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\","
					+ "\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
					+ "\"message\":{\"role\":\"assistant\",\"content\":\"");
		while (json.length() < SIZE) {
			json.append("The quick brown fox jumps over the lazy dog. ");
		}
		json.append("\"}}]}");
		// Jackson: UTF-16 segments (2), a StringBuilder (1), the String (1).
		Multiples multiples = measure(json.toString().getBytes(StandardCharsets.UTF_8), ChatCompletion.class,
				(client) -> client.chat().completions().create(TestClients.chatRequest("x")).map((completion) -> {
					assertThat(completion.choices().get(0).message().content().length()).isGreaterThan(SIZE - 300);
					return completion;
				}));
		assertThat(multiples.client()).isLessThan(4.5);
	}

	@Test
	void manySmallObjectsAllocateNoMoreThanJacksonsParseOfThem() {
		StringBuilder json = new StringBuilder(SIZE + 400).append("{\"object\":\"list\",\"data\":[");
		int items = 0;
		while (json.length() < SIZE) {
			json.append((items > 0) ? "," : "")
				.append("{\"id\":\"ft:model-")
				.append(items++)
				.append("\",\"object\":\"model\",\"created\":1700000000,\"owned_by\":\"org\"}");
		}
		json.append("]}");
		int count = items;
		// Jackson: the 750,000 records themselves are 2.7 per byte.
		Multiples multiples = measure(json.toString().getBytes(StandardCharsets.UTF_8), ListModelsResponse.class,
				(client) -> client.models().listPage().map((page) -> {
					assertThat(page.data()).hasSize(count);
					return page;
				}));
		assertThat(multiples.client()).isLessThan(4.0);
	}

	@Test
	void embeddingsAllocateNoMoreThanJacksonsParseOfThem() {
		StringBuilder json = new StringBuilder(SIZE + 400).append("{\"object\":\"list\",\"data\":[");
		int items = 0;
		while (json.length() < SIZE) {
			json.append((items > 0) ? "," : "")
				.append("{\"object\":\"embedding\",\"index\":")
				.append(items++)
				.append(",\"embedding\":[");
			for (int d = 0; d < 1536; d++) {
				json.append((d > 0) ? "," : "").append(-0.0123456789f + d * 1e-5f);
			}
			json.append("]}");
		}
		json.append("],\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}");
		int count = items;
		// Jackson: floats straight into float[], 4 bytes for about 13 of text.
		Multiples multiples = measure(json.toString().getBytes(StandardCharsets.UTF_8), CreateEmbeddingResponse.class,
				(client) -> client.embeddings()
					.create(CreateEmbeddingRequest.builder().model("m").input("x").build())
					.map((response) -> {
						assertThat(response.data()).hasSize(count);
						return response;
					}));
		assertThat(multiples.client()).isLessThan(0.75);
	}

	/**
	 * Read the body once to warm up, then once measured through the client and once with
	 * Jackson alone from a byte array.
	 */
	private Multiples measure(byte[] body, Class<?> type, Function<OpenAiClient, Mono<?>> call) {
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(response.header("Content-Type", "application/json").sendByteArray(Mono.just(body)).then()));
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
		try (OpenAiClient client = TestClients.client(this.server.baseUrl(),
				(options) -> options.memory((memory) -> memory.withMaxInMemorySize(DataSize.ofMegabytes(100))))) {
			assertThat(call.apply(client).block(Duration.ofSeconds(60))).isNotNull();
			ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
			System.gc();
			long heapBefore = usedHeap();
			long directBefore = usedDirect();
			Peaks peaks = new Peaks();
			peaks.start();
			long before = allocated(threads);
			assertThat(call.apply(client).block(Duration.ofSeconds(60))).isNotNull();
			long after = allocated(threads);
			peaks.interrupt();
			long parseBefore = threads.getCurrentThreadAllocatedBytes();
			assertThat((Object) OpenAiJson.mapper().readerFor(type).readValue(body)).isNotNull();
			long parseAfter = threads.getCurrentThreadAllocatedBytes();
			Multiples multiples = new Multiples((after - before) / (double) body.length,
					(parseAfter - parseBefore) / (double) body.length);
			System.out.printf(
					"%s of %d bytes: allocated %.2f per byte through the client, %.2f by Jackson alone; "
							+ "peak heap %.2f, peak direct memory %.2f per byte%n",
					type.getSimpleName(), body.length, multiples.client(), multiples.jackson(),
					(peaks.heap - heapBefore) / (double) body.length,
					(peaks.direct - directBefore) / (double) body.length);
			assertThat(multiples.client()).isLessThan(multiples.jackson() + CLIENT_SHARE);
			return multiples;
		}
		finally {
			ResourceLeakDetector.setLevel(level);
		}
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long usedDirect() {
		return (ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider provider)
				? provider.metric().usedDirectMemory() : 0;
	}

	private static long allocated(com.sun.management.ThreadMXBean threads) {
		long total = 0;
		for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
			total += Math.max(0, bytes);
		}
		return total;
	}

	/** Bytes allocated per body byte. */
	private record Multiples(double client, double jackson) {
	}

	/** The most heap and pooled direct memory in use, sampled every millisecond. */
	private static final class Peaks extends Thread {

		private volatile long heap;

		private volatile long direct;

		Peaks() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				this.heap = Math.max(this.heap, usedHeap());
				this.direct = Math.max(this.direct, usedDirect());
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

}
