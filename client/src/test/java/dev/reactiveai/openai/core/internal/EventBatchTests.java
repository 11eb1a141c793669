package dev.reactiveai.openai.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.core.internal.sse.SseDecoder;
import dev.reactiveai.openai.core.internal.sse.SseEvent;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link EventBatch} takes a value from its shared parser only where reading the event on
 * its own would read the same bytes, and leaves every other event to be read alone.
 */
class EventBatchTests {

	private static final ObjectReader CHUNKS = OpenAiJson.mapper().readerFor(ChatCompletionChunk.class);

	private static final ObjectReader MAPS = OpenAiJson.mapper().readerFor(Map.class);

	@Test
	void everyEventOfABatchReadsAsItReadsAlone() {
		List<SseEvent> events = events(chunk("Hel"), chunk(" caf\u00e9 \\\"quoted\\\"\\n"),
				chunk("lo").replace("{\"id\"", "{\"obfuscation\":\"q8Yz\",\"id\""), "  " + chunk("!") + "\n ");
		try (EventBatch batch = EventBatch.of(CHUNKS, events)) {
			for (int i = 0; i < events.size(); i++) {
				ChatCompletionChunk alone = CHUNKS.readValue(events.get(i).data());
				assertThat(batch.<ChatCompletionChunk>read(i)).isEqualTo(alone);
			}
		}
	}

	@Test
	void eventsDecodedFromOneBufferAreReadWhereTheyLieAsTheyReadAlone() {
		String stream = "data: " + chunk("Hel") + "\n\n: keep-alive\n\nevent: chunk\ndata: " + chunk("lo")
				+ "\n\ndata: {\"a\":\n\ndata: " + chunk("!") + "\n\n";
		List<SseEvent> events = new SseDecoder(1024)
			.decode(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(stream.getBytes(StandardCharsets.UTF_8))))
			.collectList()
			.block(Duration.ofSeconds(5));
		assertThat(events).hasSize(4);
		try (EventBatch batch = EventBatch.of(CHUNKS, events)) {
			for (int i = 0; i < 2; i++) {
				ChatCompletionChunk alone = CHUNKS.readValue(events.get(i).data());
				assertThat(batch.<ChatCompletionChunk>read(i)).isEqualTo(alone);
			}
			// Malformed data is left to reading alone, and so is every later event.
			assertThat(batch.<ChatCompletionChunk>read(2)).isNull();
			assertThat(batch.<ChatCompletionChunk>read(3)).isNull();
		}
	}

	@Test
	void aUnionVariantThatFailsInPlaceIsLeftToReadingAloneWhichKeepsIt() {
		ObjectReader events = OpenAiJson.mapper()
			.readerFor(ResponseStreamEvent.class)
			.withAttribute(UnionDeserializer.READ_IN_PLACE, Boolean.TRUE);
		String good = "{\"type\":\"response.output_text.delta\",\"sequence_number\":1,\"item_id\":\"m\","
				+ "\"output_index\":0,\"content_index\":0,\"delta\":\"hi\",\"logprobs\":[]}";
		String drifted = good.replace("[]", "[\"not an object\"]");
		List<SseEvent> batchEvents = events(good, drifted, good);
		try (EventBatch batch = EventBatch.of(events, batchEvents)) {
			assertThat(batch.<ResponseStreamEvent>read(0)).isInstanceOf(ResponseTextDeltaEvent.class)
				.isEqualTo(OpenAiJson.mapper().readValue(good, ResponseStreamEvent.class));
			assertThat(batch.<ResponseStreamEvent>read(1)).isNull();
			assertThat(batch.<ResponseStreamEvent>read(2)).isNull();
		}
		assertThat(OpenAiJson.mapper().readValue(drifted, ResponseStreamEvent.class))
			.isInstanceOf(ResponseStreamEvent.Unknown.class);
	}

	@Test
	void contentAfterTheObjectIsLeftToReadingAloneAndSoAreTheNextEvents() {
		List<SseEvent> events = events("{\"a\":1} {\"b\":2}", "{\"c\":3}", "{\"d\":4}");
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> MAPS.readValue(events.get(0).data()))
			.withMessageContaining("Trailing token");
		try (EventBatch batch = EventBatch.of(MAPS, events)) {
			assertThat(batch.<Map<?, ?>>read(0)).isNull();
			assertThat(batch.<Map<?, ?>>read(1)).isNull();
			assertThat(batch.<Map<?, ?>>read(2)).isNull();
		}
	}

	@Test
	void anObjectThatRunsIntoTheNextEventIsNotTaken() {
		try (EventBatch batch = EventBatch.of(MAPS, events("{\"a\":1,", "\"b\":2}"))) {
			assertThat(batch.<Map<?, ?>>read(0)).isNull();
		}
	}

	@Test
	void malformedDataAndDataThatIsNoObjectAreLeftToReadingAlone() {
		try (EventBatch batch = EventBatch.of(MAPS, events("{\"a\":1}", "{\"a\":", "{\"c\":3}"))) {
			assertThat(batch.<Map<?, ?>>read(0)).isEqualTo(Map.of("a", 1));
			assertThat(batch.<Map<?, ?>>read(1)).isNull();
			assertThat(batch.<Map<?, ?>>read(2)).isNull();
		}
		try (EventBatch batch = EventBatch.of(MAPS, events("[1]", "{\"c\":3}"))) {
			assertThat(batch.<Map<?, ?>>read(0)).isNull();
		}
	}

	private static List<SseEvent> events(String... data) {
		return Arrays.stream(data)
			.map((text) -> new SseEvent(null, text.getBytes(StandardCharsets.UTF_8), null))
			.toList();
	}

	private static String chunk(String content) {
		return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
				+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}";
	}

}
