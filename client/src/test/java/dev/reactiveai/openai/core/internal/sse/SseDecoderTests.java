package dev.reactiveai.openai.core.internal.sse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.buffer.PooledByteBufAllocator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.core.io.buffer.PooledDataBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link SseDecoder}.
 */
class SseDecoderTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final int LIMIT = 1024;

	private static final String CHAT_STREAM = """
			data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1717000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}

			data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1717000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}]}

			data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1717000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":" world"},"finish_reason":null}]}

			data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1717000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

			data: [DONE]

			""";

	/** Lines of a transcript that uses every feature, starting with a byte order mark. */
	private static final List<String> TRANSCRIPT_LINES = List.of("\uFEFF: connected", "event: response.created",
			"id: 1", "data: {\"type\":\"response.created\"}", "", "data: {\"delta\":\"héllo ✓ 😀\"}", "", ": ping",
			"data:{\"a\":1}", "data: {\"b\":2}", "", "event: ignored", "", "retry: 1000", "unknown: field", "id: 2",
			"data: [DONE]", "");

	private static final List<SseEvent> TRANSCRIPT_EVENTS = List.of(
			event("response.created", "{\"type\":\"response.created\"}", "1"),
			event(null, "{\"delta\":\"héllo ✓ 😀\"}", "1"), event(null, "{\"a\":1}\n{\"b\":2}", "1"),
			event(null, "[DONE]", "2"));

	private final SseDecoder decoder = new SseDecoder(LIMIT);

	private final DataBufferFactory defaultFactory = DefaultDataBufferFactory.sharedInstance;

	private final DataBufferFactory nettyFactory = new NettyDataBufferFactory(PooledByteBufAllocator.DEFAULT);

	private final List<DataBuffer> nettyBuffers = new CopyOnWriteArrayList<>();

	@Test
	void decodesAChatCompletionStream() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer(CHAT_STREAM)));
		assertThat(events).hasSize(5);
		assertThat(events).extracting(SseEvent::event).containsOnlyNulls();
		assertThat(events.get(1).dataAsString()).contains("\"content\":\"Hello\"");
		assertThat(events.get(3).dataAsString()).contains("\"finish_reason\":\"stop\"");
		assertThat(events).extracting(SseEvent::isDone).containsExactly(false, false, false, false, true);
	}

	@ParameterizedTest
	@EnumSource
	void decodesTheSameEventsWhereverTwoBuffersSplitTheStream(LineEnd lineEnd) {
		byte[] bytes = transcript(lineEnd);
		for (int split = 0; split <= bytes.length; split++) {
			List<DataBuffer> buffers = List.of(buffer(Arrays.copyOfRange(bytes, 0, split)),
					buffer(Arrays.copyOfRange(bytes, split, bytes.length)));
			assertThat(decode(this.decoder, buffers)).as("split at %d", split).isEqualTo(TRANSCRIPT_EVENTS);
		}
	}

	@ParameterizedTest
	@EnumSource
	void decodesTheSameEventsFromOneByteBuffers(LineEnd lineEnd) {
		byte[] bytes = transcript(lineEnd);
		List<DataBuffer> buffers = new ArrayList<>();
		for (byte b : bytes) {
			buffers.add(nettyBuffer(new byte[] { b }));
		}
		assertThat(decode(this.decoder, buffers)).isEqualTo(TRANSCRIPT_EVENTS);
		assertAllReleased();
	}

	@Test
	void decodesACarriageReturnAndLineFeedInSeparateBuffersAsOneLineBreak() {
		List<SseEvent> events = decode(this.decoder,
				List.of(buffer("data: a\r"), buffer("\ndata: b\r"), buffer("\n\r"), buffer("\ndata: c\r\n\r\n")));
		assertThat(events).containsExactly(event(null, "a\nb", null), event(null, "c", null));
	}

	@Test
	void findsTheLineBreakAfterALineOfEveryLength() {
		// U+010A and U+010D encode as C4 8A and C4 8D: bytes that differ from LF and CR
		// only in the high bit
		for (int length = 0; length < 40; length++) {
			String data = "aĊč✓".repeat(10).substring(0, length);
			List<SseEvent> events = decode(this.decoder,
					List.of(buffer("data: " + data + "\r\rdata: " + data + "\n\n")));
			assertThat(events).as("length %d", length)
				.containsExactly(event(null, data, null), event(null, data, null));
		}
	}

	@Test
	void decodesLineBreaksAnywhereInABufferOfManyKilobytes() {
		SseDecoder decoder = new SseDecoder(64 * 1024);
		String small = "data: " + "y".repeat(100) + "\r\n\r\n";
		for (int length = 8150; length < 8250; length++) {
			String large = "x".repeat(length);
			DataBuffer buffer = nettyBuffer(
					("data: " + large + "\r\n\r\n" + small + small).getBytes(StandardCharsets.UTF_8));
			assertThat(decode(decoder, List.of(buffer))).as("length %d", length)
				.extracting(SseEvent::dataAsString)
				.containsExactly(large, "y".repeat(100), "y".repeat(100));
		}
		assertAllReleased();
	}

	@Test
	void laysOutTheDataOfTheEventsOfABufferInOneArrayEachFollowedByALineFeed() {
		List<SseEvent> events = decode(this.decoder,
				List.of(buffer("data: a\n\nevent: e\ndata: bc\ndata: d\n\ndata: ef"), buffer("g\n\ndata: h\n\n")));
		assertThat(events).extracting(SseEvent::dataAsString).containsExactly("a", "bc\nd", "efg", "h");
		for (List<SseEvent> batch : List.of(events.subList(0, 2), events.subList(2, 4))) {
			byte[] shared = batch.get(0).bytes();
			int next = 0;
			for (SseEvent event : batch) {
				assertThat(event.bytes()).isSameAs(shared);
				assertThat(event.offset()).isEqualTo(next);
				assertThat(shared[event.offset() + event.length()]).isEqualTo((byte) '\n');
				next = event.offset() + event.length() + 1;
			}
		}
		// Events still in flight keep their array: the next buffer's events get another.
		assertThat(events.get(2).bytes()).isNotSameAs(events.get(0).bytes());
	}

	/**
	 * A reader that reads each buffer's events before the next buffer is parsed gets them
	 * laid out in the thread's one array, the same events as a batch of their own holds;
	 * an event too large for that array gets its own.
	 */
	@Test
	void readsEachBuffersEventsInTheThreadsOneArray() {
		String large = "x".repeat(200 * 1024);
		List<DataBuffer> buffers = List.of(nettyBuffer("data: a\n\nevent: e\ndata: bc\ndata: d\n\ndata: ef"),
				nettyBuffer("g\n\ndata: h\n\n"), nettyBuffer("data: " + large + "\n\ndata: i\n\n"),
				nettyBuffer("data: j\n\n"));
		List<byte[]> arrays = new ArrayList<>();
		SseDecoder decoder = new SseDecoder(1024 * 1024);
		List<List<String>> read = decoder.readBatches(Flux.fromIterable(buffers), (events) -> {
			arrays.add(events.get(0).bytes());
			return events.stream().map(SseEvent::dataAsString).toList();
		}).collectList().block(TIMEOUT);
		assertThat(read).containsExactly(List.of("a", "bc\nd"), List.of("efg", "h"), List.of(large, "i"), List.of("j"));
		assertThat(arrays.get(1)).isSameAs(arrays.get(0));
		assertThat(arrays.get(2)).isNotSameAs(arrays.get(0)).hasSizeGreaterThan(200 * 1024);
		assertThat(arrays.get(3)).isSameAs(arrays.get(0));
		assertAllReleased();
	}

	@Test
	void ignoresComments() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer(": ping\n\ndata: a\n: ping\n\n: ping\n\n")));
		assertThat(events).containsExactly(event(null, "a", null));
	}

	@Test
	void joinsDataLinesWithLineFeeds() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer("data: first\ndata:\ndata: third\n\n")));
		assertThat(events).containsExactly(event(null, "first\n\nthird", null));
	}

	@Test
	void carriesTheEventName() {
		List<SseEvent> events = decode(this.decoder,
				List.of(buffer("event: response.output_text.delta\ndata: {\"delta\":\"Hi\"}\n\ndata: next\n\n")));
		assertThat(events).containsExactly(event("response.output_text.delta", "{\"delta\":\"Hi\"}", null),
				event(null, "next", null));
	}

	@Test
	void carriesEachEventsOwnNameWhenNamesRepeatAndChange() {
		List<SseEvent> events = decode(this.decoder,
				List.of(buffer("event: delta\ndata: 1\n\nevent: delta\ndata: 2\n\nevent: deltas\ndata: 3\n\n"
						+ "event: delt\ndata: 4\n\ndata: 5\n\nevent: delta\ndata: 6\n\nevent:\ndata: 7\n\n"),
						buffer("event: delta\ndata: 8\n\n")));
		assertThat(events).containsExactly(event("delta", "1", null), event("delta", "2", null),
				event("deltas", "3", null), event("delt", "4", null), event(null, "5", null), event("delta", "6", null),
				event(null, "7", null), event("delta", "8", null));
	}

	@Test
	void carriesTheLastIdToLaterEvents() {
		List<SseEvent> events = decode(this.decoder,
				List.of(buffer("id: 1\nid: 2\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")));
		assertThat(events).containsExactly(event(null, "a", "2"), event(null, "b", "2"), event(null, "c", null));
	}

	@Test
	void readsAFieldWithoutASpaceAfterTheColon() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer("event:delta\nid:7\ndata:{\"a\":1}\n\n")));
		assertThat(events).containsExactly(event("delta", "{\"a\":1}", "7"));
	}

	@Test
	void stripsOnlyOneSpaceAfterTheColon() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer("data:  two spaces \n\n")));
		assertThat(events).containsExactly(event(null, " two spaces ", null));
	}

	@Test
	void readsALineWithoutAColonAsAFieldWithAnEmptyValue() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer("data\n\n")));
		assertThat(events).containsExactly(event(null, "", null));
	}

	@Test
	void ignoresUnknownFieldsAndRetry() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer("retry: 10\nfoo: bar\nDATA: x\ndata: a\n\n")));
		assertThat(events).containsExactly(event(null, "a", null));
	}

	@Test
	void dispatchesNoEventWithoutData() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer("event: ping\nid: 3\n\ndata: a\n\n")));
		assertThat(events).containsExactly(event(null, "a", "3"));
	}

	@Test
	void stripsAByteOrderMarkAtTheStart() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		List<SseEvent> events = decode(this.decoder,
				List.of(buffer(Arrays.copyOf(bom, 2)), buffer(new byte[] { bom[2] }), buffer("data: a\n\n")));
		assertThat(events).containsExactly(event(null, "a", null));
	}

	@Test
	void keepsAByteOrderMarkAfterTheStart() {
		List<SseEvent> events = decode(this.decoder, List.of(buffer("data: a\n\n\uFEFFdata: b\n\n")));
		assertThat(events).containsExactly(event(null, "a", null));
	}

	@Test
	void decodesMultibyteCharactersSplitAcrossBuffers() {
		byte[] bytes = "data: héllo ✓ 😀\n\n".getBytes(StandardCharsets.UTF_8);
		for (int split = 0; split <= bytes.length; split++) {
			List<DataBuffer> buffers = List.of(nettyBuffer(Arrays.copyOfRange(bytes, 0, split)),
					nettyBuffer(Arrays.copyOfRange(bytes, split, bytes.length)));
			assertThat(decode(this.decoder, buffers)).extracting(SseEvent::dataAsString).containsExactly("héllo ✓ 😀");
		}
		assertAllReleased();
	}

	@Test
	void passesALineSeparatorCharacterThroughUnchanged() {
		String json = "{\"content\":\"one\u2028two\u2029three\u0085four\"}";
		List<SseEvent> events = decode(this.decoder, List.of(buffer("data: " + json + "\n\n")));
		assertThat(events).containsExactly(event(null, json, null));
	}

	@Test
	void completesWhenTheStreamEndsAfterABlankLine() {
		StepVerifier.create(this.decoder.decode(Flux.just(buffer("data: a\n\n"))))
			.expectNext(event(null, "a", null))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void completesWhenTheStreamEndsWithACommentWithoutLineBreak() {
		StepVerifier.create(this.decoder.decode(Flux.just(buffer("data: a\n\n\n: bye"))))
			.expectNext(event(null, "a", null))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void completesAnEmptyStream() {
		StepVerifier.create(this.decoder.decode(Flux.empty())).expectComplete().verify(TIMEOUT);
	}

	@Test
	void failsWhenTheStreamEndsAfterDataWithoutABlankLine() {
		StepVerifier.create(this.decoder.decode(Flux.just(buffer("data: a\n\ndata: b\n"))))
			.expectNext(event(null, "a", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SseStreamTruncatedException.class)
				.hasMessageContaining("ended in the middle of an event (1 bytes pending)"))
			.verify(TIMEOUT);
	}

	@Test
	void failsWhenTheStreamEndsWithAPartialLine() {
		StepVerifier.create(this.decoder.decode(Flux.just(buffer("data: a\n\n"), buffer("data: {\"id\":"))))
			.expectNext(event(null, "a", null))
			.expectError(SseStreamTruncatedException.class)
			.verify(TIMEOUT);
	}

	@Test
	void failsWhenAnEventExceedsTheLimit() {
		SseDecoder decoder = new SseDecoder(64);
		String data = "data: " + "x".repeat(40) + "\n";
		StepVerifier.create(decoder.decode(Flux.just(buffer("data: small\n\n"), buffer(data + data + "\n"))))
			.expectNext(event(null, "small", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(DataBufferLimitException.class)
				.hasMessageContaining("limit of 64 bytes")
				.hasMessageContaining("maxInMemorySize"))
			.verify(TIMEOUT);
	}

	@Test
	void releasesEveryBufferWhenAnEventExceedsTheLimit() {
		SseDecoder decoder = new SseDecoder(64);
		Flux<DataBuffer> body = Flux.range(0, 10).map((i) -> nettyBuffer("data: " + "x".repeat(20) + "\n"));
		StepVerifier.create(decoder.decode(body)).expectError(DataBufferLimitException.class).verify(TIMEOUT);
		assertAllReleased();
	}

	@Test
	void failsALineWithoutEndBeforeReadingMoreThanTheLimit() {
		SseDecoder decoder = new SseDecoder(1000);
		AtomicBoolean cancelled = new AtomicBoolean();
		Flux<DataBuffer> endless = Flux.<DataBuffer>generate((sink) -> sink.next(nettyBuffer("x".repeat(100))))
			.doOnCancel(() -> cancelled.set(true));
		StepVerifier.create(decoder.decode(endless)).expectError(DataBufferLimitException.class).verify(TIMEOUT);
		assertThat(cancelled).isTrue();
		assertAllReleased();
	}

	@Test
	void releasesEveryBufferWhenTheBodyFails() {
		Flux<DataBuffer> body = Flux.just("data: a\n\n", "data: b")
			.map(this::nettyBuffer)
			.concatWith(Flux.error(new IllegalStateException("Connection reset")));
		StepVerifier.create(this.decoder.decode(body))
			.expectNext(event(null, "a", null))
			.expectErrorMessage("Connection reset")
			.verify(TIMEOUT);
		assertAllReleased();
	}

	@Test
	void cancellingCancelsTheBodyAndReleasesEveryBuffer() {
		AtomicBoolean cancelled = new AtomicBoolean();
		// Each buffer ends in the middle of the next event, so that cancelling leaves
		// one half-read
		Flux<DataBuffer> body = Flux.interval(Duration.ofMillis(1))
			.map((i) -> nettyBuffer(i + "\n\ndata: "))
			.startWith(nettyBuffer("data: "))
			.doOnCancel(() -> cancelled.set(true));
		StepVerifier.create(this.decoder.decode(body).take(2))
			.expectNext(event(null, "0", null), event(null, "1", null))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(cancelled).isTrue();
		await().atMost(TIMEOUT).untilAsserted(this::assertAllReleased);
	}

	@Test
	void emitsOnlyAsManyEventsAsRequested() {
		Flux<DataBuffer> body = Flux.just(nettyBuffer("data: a\n\ndata: b\n\ndata: c\n\n"));
		StepVerifier.create(this.decoder.decode(body), 1)
			.expectNext(event(null, "a", null))
			.expectNoEvent(Duration.ofMillis(50))
			.thenRequest(1)
			.expectNext(event(null, "b", null))
			.expectNoEvent(Duration.ofMillis(50))
			.thenRequest(1)
			.expectNext(event(null, "c", null))
			.expectComplete()
			.verify(TIMEOUT);
		assertAllReleased();
	}

	@Test
	void showsTheDataAsTextInToString() {
		assertThat(event("delta", "{\"a\":1}", "7")).hasToString("SseEvent[event=delta, id=7, data={\"a\":1}]");
	}

	@Test
	void truncatesLongDataInToString() {
		assertThat(event(null, "x".repeat(1000), null).toString()).endsWith("data=" + "x".repeat(200) + "...]");
	}

	private static List<SseEvent> decode(SseDecoder decoder, List<DataBuffer> buffers) {
		List<SseEvent> events = decoder.decode(Flux.fromIterable(buffers)).collectList().block(TIMEOUT);
		assertThat(events).isNotNull();
		return events;
	}

	private static byte[] transcript(LineEnd lineEnd) {
		return (String.join(lineEnd.chars, TRANSCRIPT_LINES) + lineEnd.chars).getBytes(StandardCharsets.UTF_8);
	}

	private static SseEvent event(@Nullable String event, String data, @Nullable String id) {
		return new SseEvent(event, data.getBytes(StandardCharsets.UTF_8), id);
	}

	private DataBuffer buffer(String text) {
		return buffer(text.getBytes(StandardCharsets.UTF_8));
	}

	private DataBuffer buffer(byte[] bytes) {
		return this.defaultFactory.wrap(bytes);
	}

	private DataBuffer nettyBuffer(String text) {
		return nettyBuffer(text.getBytes(StandardCharsets.UTF_8));
	}

	private DataBuffer nettyBuffer(byte[] bytes) {
		DataBuffer buffer = this.nettyFactory.allocateBuffer(bytes.length);
		buffer.write(bytes);
		this.nettyBuffers.add(buffer);
		return buffer;
	}

	private void assertAllReleased() {
		assertThat(this.nettyBuffers).isNotEmpty()
			.allSatisfy((buffer) -> assertThat(((PooledDataBuffer) buffer).isAllocated()).as("allocated").isFalse());
	}

	enum LineEnd {

		LF("\n"), CRLF("\r\n"), CR("\r");

		private final String chars;

		LineEnd(String chars) {
			this.chars = chars;
		}

	}

}
