package dev.reactiveai.openai.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.CreateEmbeddingResponse;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link DirectReader} reads the common forms of a record's JSON to the value the mapper
 * reads, and leaves every other form to the mapper: it never reads what the mapper fails
 * on, nor reads anything differently.
 */
class DirectReaderTests {

	private static final String CHUNK = """
			{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1761091200,"model":"gpt-4o-mini",\
			"service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"role":"assistant",\
			"content":"Hello","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null,\
			"obfuscation":"q8Yz"}""";

	private static final String LAST_CHUNK = """
			{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1761091200,"model":"gpt-4o-mini",\
			"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function",\
			"function":{"name":"weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},"finish_reason":"tool_calls"}],\
			"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}""";

	private final JsonMapper mapper = OpenAiJson.mapper();

	private final DirectReader<ChatCompletionChunk> chunks = reader(this.mapper, ChatCompletionChunk.class);

	@ParameterizedTest
	@ValueSource(strings = { CHUNK, LAST_CHUNK,
			// White space wherever JSON allows it
			" {\n\t\"id\" : \"a\" ,\r\n \"choices\" : [ { \"index\" : 1 , \"delta\" : { } } ] } ",
			// Escapes, and text that is not ASCII
			"{\"id\":\"q\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude0a\",\"model\":\"caf\u00e9 \uD83D\uDE0A \u4E2D\"}",
			// A lone escaped surrogate is one char, as Jackson reads it
			"{\"id\":\"\\ud83d!\"}",
			// Of a property given twice, the last counts; an unknown one too
			"{\"id\":\"a\",\"x\":\"1\",\"id\":\"b\",\"x\":true}",
			// Unknown enum values, negative and large integers, nulls
			"{\"service_tier\":\"turbo\",\"created\":-123456789012345678,\"usage\":null,\"choices\":[]}", "{}" })
	void readsTheCommonFormsAsTheMapperDoes(String json) {
		assertThat(read(json)).isNotNull().isEqualTo(this.mapper.readValue(json, ChatCompletionChunk.class));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// Not valid JSON
			"{\"id\":\"a\",}", "{\"id\":\"a\"} x", "{\"id\":\"a\"", "{\"id\" \"a\"}", "{id:\"a\"}", "{\"created\":01}",
			"{\"created\":1.}", "{\"created\":-}", "{\"id\":\"a\\x\"}", "{\"id\":\"\\u12g4\"}",
			"{\"id\":\"tab\there\"}", "{\"usage\":nul}", "{\"usage\":nullx}", "[{\"id\":\"a\"}]",
			"{\"choices\":[{\"index\":0},]}",
			// Valid, but in forms that the mapper reads its own way
			"{\"created\":1.5}", "{\"created\":1234567890123456789}", "{\"created\":-0}", "{\"created\":\"12\"}",
			"{\"id\":12}", "{\"choices\":[null]}", "{\"choices\":{}}", "{\"x\":1}", "{\"x\":{\"a\":1}}", "{\"x\":[1]}",
			"{\"i\\u0064\":\"a\"}" })
	void leavesEveryOtherFormToTheMapper(String json) {
		assertThat(read(json)).isNull();
	}

	@Test
	void leavesBytesThatAreNotWellFormedUtf8ToTheMapper() {
		for (byte[] text : List.of(new byte[] { (byte) 0xC0, (byte) 0xAF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xE2, (byte) 0x82 },
				new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0x80 })) {
			byte[] json = concat("{\"id\":\"".getBytes(StandardCharsets.UTF_8), text,
					"\"}".getBytes(StandardCharsets.UTF_8));
			assertThat(this.chunks.read(json, 0, json.length)).as(Arrays.toString(text)).isNull();
		}
	}

	/**
	 * Random damage to valid documents (bytes replaced, dropped, added, runs repeated):
	 * whatever the direct reader still reads, the mapper reads too, to the same value.
	 */
	@Test
	void whatItReadsOfDamagedJsonTheMapperReadsAlike() {
		Random random = new Random(20261202L);
		byte[] alphabet = "{}[]\":,\\ \n0123456789-+.eEtrufalsnbx\u00e9".getBytes(StandardCharsets.UTF_8);
		int readDirectly = 0;
		for (int sample = 0; sample < 20_000; sample++) {
			byte[] json = ((random.nextBoolean()) ? CHUNK : LAST_CHUNK).getBytes(StandardCharsets.UTF_8);
			for (int damage = random.nextInt(3); damage >= 0; damage--) {
				json = damage(json, random, alphabet);
			}
			ChatCompletionChunk direct = this.chunks.read(json, 0, json.length);
			if (direct == null) {
				continue;
			}
			readDirectly++;
			String text = new String(json, StandardCharsets.UTF_8);
			try {
				assertThat(direct).as(text).isEqualTo(this.mapper.readValue(json, ChatCompletionChunk.class));
			}
			catch (JacksonException ex) {
				throw new AssertionError("Read directly, but the mapper fails: " + text, ex);
			}
		}
		assertThat(readDirectly).as("damaged documents read directly").isGreaterThan(1_000);
	}

	/**
	 * What a reader remembers of the documents before (the unknown name after a property,
	 * an open enum's value, the variant a discriminator names) stands in only for the
	 * same bytes: in every order, each document reads as the mapper reads it alone.
	 */
	@Test
	void whatItRemembersOfEarlierDocumentsStandsInOnlyForTheSameBytes() {
		List<String> chunks = List.of(CHUNK, CHUNK,
				// Another unknown name, one that starts alike, the same escaped, a known
				// one
				CHUNK.replace("\"obfuscation\"", "\"obfuscationX\""),
				CHUNK.replace("\"obfuscation\"", "\"obfuscatio\""),
				CHUNK.replace("\"obfuscation\"", "\"obfuscati\\u006fn\""),
				CHUNK.replace("\"obfuscation\":\"q8Yz\"", "\"model\":\"gpt-4o\""),
				CHUNK.replace("\"obfuscation\"", "\"obfuscätion\""), CHUNK,
				// Open enum values: known, unknown, longer and shorter, escaped
				CHUNK.replace("\"default\"", "\"flex\""), CHUNK.replace("\"default\"", "\"turbo\""),
				CHUNK.replace("\"default\"", "\"turbo\""), CHUNK.replace("\"default\"", "\"turbos\""),
				CHUNK.replace("\"default\"", "\"turb\""), CHUNK.replace("\"default\"", "\"tur\\u0062o\""),
				CHUNK.replace("\"default\"", "null"), CHUNK);
		for (int round = 0; round < 2; round++) {
			for (String chunk : chunks) {
				assertReadAsTheMapperReads(read(chunk), chunk, ChatCompletionChunk.class);
			}
		}
		DirectReader<ResponseStreamEvent> events = reader(this.mapper, ResponseStreamEvent.class);
		String delta = """
				{"type":"response.output_text.delta","sequence_number":1,"item_id":"msg_1","output_index":0,\
				"content_index":0,"delta":"Hi","logprobs":[],"obfuscation":"q8Yz"}""";
		List<String> typed = List.of(delta, delta,
				delta.replace("output_text.delta", "output_text.done").replace("\"delta\"", "\"text\""),
				delta.replace("output_text.delta", "refusal.delta").replace(",\"logprobs\":[]", ""), delta,
				delta.replace("output_text.delta", "output_text.delt\\u0061"), delta);
		for (String json : typed) {
			byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
			assertReadAsTheMapperReads(events.read(bytes, 0, bytes.length), json, ResponseStreamEvent.class);
		}
		// A type that no variant has is the mapper's to read.
		byte[] unknown = delta.replace("output_text.delta", "output_text.deltas").getBytes(StandardCharsets.UTF_8);
		assertThat(events.read(unknown, 0, unknown.length)).isNull();
		byte[] last = delta.getBytes(StandardCharsets.UTF_8);
		assertThat(events.read(last, 0, last.length)).isInstanceOf(ResponseTextDeltaEvent.class);
	}

	@Test
	void aStreamsRepeatedStringsAreItsOwnAndStandInOnlyForTheSameBytes() {
		List<String> chunks = List.of(CHUNK, CHUNK,
				// A value that changes after it repeated, then repeats again
				CHUNK.replace("chatcmpl-1", "chatcmpl-2"), CHUNK.replace("chatcmpl-1", "chatcmpl-2"),
				// Longer, shorter, a prefix, escaped, not ASCII, empty, null, absent
				CHUNK.replace("chatcmpl-1", "chatcmpl-10"), CHUNK.replace("chatcmpl-1", "chatcmpl-"),
				CHUNK.replace("chatcmpl-1", "chatcmpl-\\u0031"), CHUNK.replace("chatcmpl-1", "chatcmpl-\u00e9"),
				CHUNK.replace("\"chatcmpl-1\"", "\"\""), CHUNK.replace("\"chatcmpl-1\"", "null"),
				CHUNK.replace("\"id\":\"chatcmpl-1\",", ""), CHUNK,
				// The content changes in every chunk: read plainly once it did
				CHUNK.replace("Hello", "world"), CHUNK.replace("Hello", "!"), CHUNK.replace("Hello", "Hello"));
		RepeatedStrings repeats = new RepeatedStrings();
		for (int round = 0; round < 2; round++) {
			for (String chunk : chunks) {
				byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
				assertReadAsTheMapperReads(this.chunks.read(bytes, 0, bytes.length, repeats), chunk,
						ChatCompletionChunk.class);
			}
		}
		// A repeated value is the one read first, in its own stream only.
		byte[] bytes = CHUNK.getBytes(StandardCharsets.UTF_8);
		RepeatedStrings stream = new RepeatedStrings();
		ChatCompletionChunk first = this.chunks.read(bytes, 0, bytes.length, stream);
		ChatCompletionChunk second = this.chunks.read(bytes, 0, bytes.length, stream);
		ChatCompletionChunk other = this.chunks.read(bytes, 0, bytes.length, new RepeatedStrings());
		assertThat(second.id()).isSameAs(first.id());
		assertThat(second.model()).isSameAs(first.model());
		assertThat(other.id()).isEqualTo(first.id()).isNotSameAs(first.id());
	}

	/**
	 * Read as the mapper reads it; a document with escapes may be left to the mapper
	 * (escaped names are), any other is the reader's.
	 */
	private void assertReadAsTheMapperReads(@Nullable Object read, String json, Class<?> type) {
		if (read != null || !json.contains("\\")) {
			assertThat(read).as(json).isNotNull().isEqualTo(this.mapper.readValue(json, type));
		}
	}

	@Test
	void readsOnlyGeneratedRecords() {
		assertThat(DirectReader.of(this.mapper, String.class)).isNull();
		assertThat(DirectReader.of(this.mapper, CreateEmbeddingResponse.class)).isNotNull();
	}

	@Test
	void aMapperThatDetectsDuplicatesReadsEverything() {
		JsonMapper strict = OpenAiJson.mapperBuilder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
		assertThat(DirectReader.of(strict, ChatCompletionChunk.class)).isNull();
	}

	@Test
	void theMappersLimitsHold() {
		assertLimit(StreamReadConstraints.builder().maxStringLength(3), "{\"id\":\"abcd\"}", "{\"id\":\"abc\"}");
		assertLimit(StreamReadConstraints.builder().maxNumberLength(3), "{\"created\":1234}", "{\"created\":123}");
		assertLimit(StreamReadConstraints.builder().maxNestingDepth(3), "{\"choices\":[{\"index\":0,\"delta\":{}}]}",
				"{\"choices\":[{\"index\":0}]}");
	}

	/** Beyond the limit the mapper fails, and the reader leaves it to the mapper. */
	private static void assertLimit(StreamReadConstraints.Builder limit, String beyond, String within) {
		JsonMapper limited = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limit.build()).build())
			.build();
		DirectReader<ChatCompletionChunk> reader = reader(limited, ChatCompletionChunk.class);
		byte[] json = beyond.getBytes(StandardCharsets.UTF_8);
		assertThat(reader.read(json, 0, json.length)).as(beyond).isNull();
		assertThatExceptionOfType(JacksonException.class).as(beyond)
			.isThrownBy(() -> limited.readValue(beyond, ChatCompletionChunk.class));
		byte[] shorter = within.getBytes(StandardCharsets.UTF_8);
		assertThat(reader.read(shorter, 0, shorter.length)).as(within)
			.isNotNull()
			.isEqualTo(limited.readValue(within, ChatCompletionChunk.class));
	}

	private @Nullable ChatCompletionChunk read(String json) {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		return this.chunks.read(bytes, 0, bytes.length);
	}

	private static byte[] damage(byte[] json, Random random, byte[] alphabet) {
		int at = random.nextInt(json.length);
		byte b = alphabet[random.nextInt(alphabet.length)];
		return switch (random.nextInt(4)) {
			case 0 -> {
				byte[] copy = json.clone();
				copy[at] = b;
				yield copy;
			}
			case 1 -> concat(Arrays.copyOf(json, at), Arrays.copyOfRange(json, at + 1, json.length));
			case 2 -> concat(Arrays.copyOf(json, at), new byte[] { b }, Arrays.copyOfRange(json, at, json.length));
			default -> {
				int length = Math.min(1 + random.nextInt(12), json.length - at);
				yield concat(Arrays.copyOf(json, at + length), Arrays.copyOfRange(json, at, json.length));
			}
		};
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int position = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, position, part.length);
			position += part.length;
		}
		return all;
	}

	private static <T> DirectReader<T> reader(JsonMapper mapper, Class<T> type) {
		DirectReader<T> reader = DirectReader.of(mapper, type);
		assertThat(reader).isNotNull();
		return reader;
	}

}
