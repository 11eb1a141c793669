package dev.reactiveai.openai.json;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.DirectReader;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionRequestSystemMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.CreateEmbeddingResponse;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.AnyGetterWriter;
import tools.jackson.databind.ser.PropertyWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The generated records' deserializers read what Jackson's reflective bean deserializer
 * reads, and their serializers write what its bean serializer writes: random JSON shaped
 * by each hot type's components (nested records, lists, maps, union variants, open
 * enums), with unknown properties, unknown enum values, nulls, absent properties and
 * properties of the wrong shape, read by both give equal values and equal JSON back, and
 * the values read are written to the same bytes by both. The seed is fixed and printed
 * with every failure.
 */
class GeneratedBindingPropertyTests {

	private static final long SEED = 20261201L;

	private static final int SAMPLES = 150;

	private static final int MAX_DEPTH = 5;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonMapper generated = OpenAiJson.mapper();

	private final JsonMapper reflective = OpenAiJson.reflectiveMapperBuilder().build();

	@ParameterizedTest
	@ValueSource(classes = { ChatCompletionChunk.class, ChatCompletion.class, ResponseStreamEvent.class, Response.class,
			CreateEmbeddingResponse.class, CreateChatCompletionRequest.class, CreateResponse.class,
			CreateEmbeddingRequest.class })
	void generatedAndReflectiveBindingAgree(Class<?> type) {
		Random random = new Random(SEED ^ type.getName().hashCode());
		for (int sample = 0; sample < SAMPLES; sample++) {
			String json = this.generated.writeValueAsString(new Shapes(random).value(type, 0));
			String context = "seed " + SEED + ", " + type.getSimpleName() + " sample " + sample + ": " + json;
			Object byGenerated;
			Object byReflective;
			try {
				byReflective = this.reflective.readValue(json, type);
			}
			catch (JacksonException ex) {
				// What the reflective binding cannot read (a malformed base64 vector),
				// the
				// generated one does not read either.
				assertThatExceptionOfType(ex.getClass()).as(context)
					.isThrownBy(() -> this.generated.readValue(json, type));
				continue;
			}
			byGenerated = this.generated.readValue(json, type);
			assertThat(byGenerated).as(context).isEqualTo(byReflective);
			// The same JSON back; of several unknown properties of one object, Jackson's
			// reflective reading writes them back in reverse order, the generated one in
			// the order they came (see below), so objects compare regardless of order.
			assertThat(this.generated.readTree(this.generated.writeValueAsString(byGenerated))).as(context)
				.isEqualTo(this.reflective.readTree(this.reflective.writeValueAsString(byReflective)));
		}
	}

	/**
	 * A stream's batch reader reads unions in place
	 * ({@link UnionDeserializer#READ_IN_PLACE}) and reads an event alone when that fails:
	 * whatever it reads in place is what reading alone reads. The objects' discriminators
	 * are moved first, as the API sends them, so that the in-place reading is taken
	 * wherever a variant is named.
	 */
	@ParameterizedTest
	@ValueSource(classes = { ResponseStreamEvent.class, Response.class, ChatCompletionChunk.class })
	void readingUnionsInPlaceReadsWhatReadingAloneReads(Class<?> type) {
		Random random = new Random(SEED ^ type.getName().hashCode());
		ObjectReader alone = this.generated.readerFor(type);
		ObjectReader inPlace = alone.withAttribute(UnionDeserializer.READ_IN_PLACE, Boolean.TRUE);
		int readInPlace = 0;
		for (int sample = 0; sample < SAMPLES; sample++) {
			String json = this.generated.writeValueAsString(typeFirst(new Shapes(random).value(type, 0)));
			String context = "seed " + SEED + ", " + type.getSimpleName() + " sample " + sample + ": " + json;
			Object expected;
			try {
				expected = alone.readValue(json);
			}
			catch (JacksonException ex) {
				assertThatExceptionOfType(JacksonException.class).as(context).isThrownBy(() -> inPlace.readValue(json));
				continue;
			}
			try {
				assertThat((Object) inPlace.readValue(json)).as(context).isEqualTo(expected);
				readInPlace++;
			}
			catch (JacksonException ex) {
				// Left to reading alone, which read the expected value above.
			}
		}
		assertThat(readInPlace).as("samples read in place").isGreaterThan(SAMPLES / 2);
	}

	/**
	 * A stream's events that arrived together are read as one sequence, with one parser
	 * and one context ({@code EventBatch}): every value of the sequence equals what
	 * reading it alone reads, whatever came before it. The samples are read twice over.
	 */
	@ParameterizedTest
	@ValueSource(classes = { ResponseStreamEvent.class, ChatCompletionChunk.class })
	void readingASequenceInPlaceReadsWhatReadingAloneReads(Class<?> type) throws IOException {
		Random random = new Random(SEED ^ type.getName().hashCode() ^ 1);
		ObjectReader alone = this.generated.readerFor(type);
		ObjectReader inPlace = alone.withAttribute(UnionDeserializer.READ_IN_PLACE, Boolean.TRUE);
		List<String> samples = new ArrayList<>();
		List<Object> expected = new ArrayList<>();
		for (int sample = 0; sample < SAMPLES; sample++) {
			String json = this.generated.writeValueAsString(typeFirst(new Shapes(random).value(type, 0)));
			if (!json.startsWith("{")) {
				// A stream's batch reads objects only (EventBatch).
				continue;
			}
			try {
				Object value = alone.readValue(json);
				// Only what reads in place alone goes into the sequence, which would
				// otherwise stop at it.
				inPlace.readValue(json);
				samples.add(json);
				expected.add(value);
			}
			catch (JacksonException ex) {
				// Not part of the sequence.
			}
		}
		assertThat(samples).as("samples in the sequence").hasSizeGreaterThan(SAMPLES / 2);
		String sequence = String.join("\n", samples) + "\n" + String.join("\n", samples);
		try (MappingIterator<Object> values = inPlace.readValues(sequence)) {
			for (int i = 0; i < 2 * samples.size(); i++) {
				assertThat(values.nextValue())
					.as("seed " + SEED + ", " + type.getSimpleName() + " value " + i + ": "
							+ samples.get(i % samples.size()))
					.isEqualTo(expected.get(i % samples.size()));
			}
			assertThat(values.hasNextValue()).isFalse();
		}
	}

	/**
	 * A stream's events of a generated record are read straight from their bytes where
	 * they take the common forms ({@link DirectReader}): what it reads equals what the
	 * mapper reads, and what it does not read (null) the mapper reads instead. The
	 * samples are read twice, so that the second reading follows the order of names the
	 * first one learned. Union objects give their discriminator first, as the API sends
	 * them, for the direct reading to take.
	 */
	@ParameterizedTest
	@ValueSource(classes = { ChatCompletionChunk.class, ChatCompletion.class, CreateEmbeddingResponse.class,
			ResponseStreamEvent.class })
	void readingDirectlyReadsWhatTheMapperReads(Class<?> type) {
		Random random = new Random(SEED ^ type.getName().hashCode() ^ 2);
		DirectReader<?> direct = DirectReader.of(this.generated, type);
		assertThat(direct).isNotNull();
		List<String> samples = new ArrayList<>();
		for (int sample = 0; sample < SAMPLES; sample++) {
			samples.add(this.generated.writeValueAsString(typeFirst(new Shapes(random).value(type, 0))));
		}
		int readDirectly = 0;
		for (String json : samples.stream().flatMap((json) -> Stream.of(json, json)).toList()) {
			byte[] bytes = (" " + json + "\n").getBytes(StandardCharsets.UTF_8);
			Object value = direct.read(bytes, 1, bytes.length - 1);
			if (value != null) {
				assertThat(value).as("seed " + SEED + ", " + type.getSimpleName() + ": " + json)
					.isEqualTo(this.generated.readValue(json, type));
				readDirectly++;
			}
		}
		assertThat(readDirectly).as("samples read directly").isGreaterThan(SAMPLES / 5);
	}

	private static JsonNode typeFirst(JsonNode json) {
		if (json instanceof ObjectNode object) {
			ObjectNode reordered = NODES.objectNode();
			if (object.has("type")) {
				reordered.set("type", typeFirst(object.get("type")));
			}
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				reordered.set(property.getKey(), typeFirst(property.getValue()));
			}
			return reordered;
		}
		if (json instanceof ArrayNode array) {
			ArrayNode copy = NODES.arrayNode();
			array.forEach((element) -> copy.add(typeFirst(element)));
			return copy;
		}
		return json;
	}

	@ParameterizedTest
	@ValueSource(classes = { ChatCompletionChunk.class, ChatCompletion.class, ResponseStreamEvent.class, Response.class,
			CreateEmbeddingResponse.class, CreateChatCompletionRequest.class, CreateResponse.class,
			CreateEmbeddingRequest.class })
	void generatedAndReflectiveWritingAgree(Class<?> type) {
		Random random = new Random(SEED ^ type.getName().hashCode());
		int written = 0;
		for (int sample = 0; sample < SAMPLES; sample++) {
			String json = this.generated.writeValueAsString(new Shapes(random).value(type, 0));
			String context = "seed " + SEED + ", " + type.getSimpleName() + " sample " + sample + ": " + json;
			Object value;
			try {
				value = this.generated.readValue(json, type);
			}
			catch (JacksonException ex) {
				// Nothing to write: what cannot be read is checked above.
				continue;
			}
			// Byte for byte: the same properties, in the same order, the same way.
			assertThat(new String(this.generated.writeValueAsBytes(value), StandardCharsets.UTF_8)).as(context)
				.isEqualTo(new String(this.reflective.writeValueAsBytes(value), StandardCharsets.UTF_8));
			assertThat(this.generated.writeValueAsString(value)).as(context)
				.isEqualTo(this.reflective.writeValueAsString(value));
			written++;
		}
		assertThat(written).as("samples written").isGreaterThan(SAMPLES / 2);
	}

	@Test
	void generatedWritingWritesNullsWhenTheMapperIncludesThem() {
		JsonMapper generatedAlways = OpenAiJson.mapperBuilder()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
			.build();
		JsonMapper reflectiveAlways = OpenAiJson.reflectiveMapperBuilder()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
			.build();
		ChatCompletionRequestSystemMessage message = ChatCompletionRequestSystemMessage.builder()
			.content("Be brief.")
			.additionalProperty("extra", null)
			.build();
		assertThat(generatedAlways.writeValueAsString(message)).isEqualTo(reflectiveAlways.writeValueAsString(message))
			.isEqualTo("{\"content\":\"Be brief.\",\"role\":\"system\",\"name\":null,\"extra\":null}");
		assertThat(this.generated.writeValueAsString(message)).isEqualTo(this.reflective.writeValueAsString(message))
			.isEqualTo("{\"content\":\"Be brief.\",\"role\":\"system\",\"extra\":null}");
	}

	@Test
	void anInclusionTheWritersDoNotMatchIsWrittenByJacksonsBeanSerializer() {
		JsonMapper generatedNonEmpty = OpenAiJson.mapperBuilder()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
			.build();
		JsonMapper reflectiveNonEmpty = OpenAiJson.reflectiveMapperBuilder()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
			.build();
		ChatCompletionRequestSystemMessage message = ChatCompletionRequestSystemMessage.builder()
			.content("Be brief.")
			.name("")
			.build();
		assertThat(generatedNonEmpty.writeValueAsString(message))
			.isEqualTo(reflectiveNonEmpty.writeValueAsString(message))
			.isEqualTo("{\"content\":\"Be brief.\",\"role\":\"system\"}");
		assertThat(generatedNonEmpty._serializationContext().findValueSerializer(message.getClass()))
			.isNotInstanceOf(RecordSerializer.class);
	}

	@Test
	void anApplicationsMapperWritesTheRecordsWithJacksonsBeanSerializer() {
		JsonMapper application = JsonMapper.builder().build();
		ChatCompletionRequestSystemMessage message = ChatCompletionRequestSystemMessage.builder()
			.content("Be brief.")
			.build();
		assertThat(application._serializationContext().findValueSerializer(message.getClass()))
			.isNotInstanceOf(RecordSerializer.class);
		assertThat(application.writeValueAsString(message))
			.isEqualTo("{\"content\":\"Be brief.\",\"role\":\"system\",\"name\":null}");
	}

	@Test
	void everyGeneratedRecordHasItsWriter() throws IOException {
		SerializationContext generatedContext = this.generated._serializationContext();
		SerializationContext reflectiveContext = this.reflective._serializationContext();
		List<Class<?>> records = generatedRecords();
		assertThat(records).as("generated records").hasSizeGreaterThan(500);
		for (Class<?> record : records) {
			assertThat(generatedContext.findValueSerializer(record)).as(record.getName())
				.isInstanceOf(RecordSerializer.class)
				.extracting((serializer) -> serializer.getClass().getName())
				.isEqualTo(record.getName() + "$Writer");
			// The Writer writes the components in their order, the additional properties
			// last: so does Jackson's reflective writing, which detects nothing else.
			List<PropertyWriter> properties = new ArrayList<>();
			reflectiveContext.findValueSerializer(record).properties().forEachRemaining(properties::add);
			List<String> names = new ArrayList<>();
			for (PropertyWriter property : properties.subList(0, properties.size() - 1)) {
				names.add(property.getName());
			}
			RecordComponent[] components = record.getRecordComponents();
			List<String> componentNames = new ArrayList<>();
			for (RecordComponent component : Arrays.copyOf(components, components.length - 1)) {
				componentNames.add(component.getAccessor().getAnnotation(JsonProperty.class).value());
			}
			assertThat(names).as(record.getName()).isEqualTo(componentNames);
			assertThat(properties.get(properties.size() - 1)).as(record.getName()).isInstanceOf(AnyGetterWriter.class);
		}
	}

	/** The records with a generated deserializer, from the compiled models. */
	private static List<Class<?>> generatedRecords() throws IOException {
		Path root;
		try {
			root = Path.of(ChatCompletion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		List<Class<?>> records = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root.resolve("dev/reactiveai/openai"))) {
			for (Path file : files.filter((file) -> file.toString().endsWith("$Reader.class")).toList()) {
				String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				Class<?> reader = load(name.substring(0, name.length() - ".class".length()));
				if (RecordDeserializer.isGenerated(reader)) {
					records.add(reader.getEnclosingClass());
				}
			}
		}
		return records;
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, GeneratedBindingPropertyTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void unknownPropertiesAreWrittenBackInTheOrderTheyCame() {
		String json = """
				{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,\
				"delta":{"content":"Hi","zeta":1,"alpha":{"b":2,"a":1},"mid":[true]},"finish_reason":null}],\
				"obfuscation":"x","after":"y","before":null}""";
		ChatCompletionChunk chunk = this.generated.readValue(json, ChatCompletionChunk.class);
		assertThat(chunk.additionalProperties().keySet()).containsExactly("obfuscation", "after", "before");
		assertThat(chunk.choices().get(0).delta().additionalProperties().keySet()).containsExactly("zeta", "alpha",
				"mid");
		assertThat(this.generated.writeValueAsString(chunk))
			.contains("\"content\":\"Hi\",\"zeta\":1,\"alpha\":{\"b\":2,\"a\":1},\"mid\":[true]}")
			.contains("\"obfuscation\":\"x\",\"after\":\"y\"");
	}

	@ParameterizedTest
	@ValueSource(classes = { ChatCompletionChunk.class, ChatCompletion.class, Response.class,
			CreateChatCompletionRequest.class })
	void generatedBindingIsTheRecordsOwn(Class<?> type) {
		JsonDeserialize annotation = type.getAnnotation(JsonDeserialize.class);
		assertThat(annotation).isNotNull();
		assertThat(RecordDeserializer.isGenerated(annotation.using())).isTrue();
		assertThat(RecordDeserializer.isGenerated(UnionDeserializer.class)).isFalse();
	}

	/**
	 * Random JSON for a Java type of the models.
	 */
	private static final class Shapes {

		private static final String[] WORDS = { "alpha", "caf\u00e9", "line\nbreak", "quote\"d", "", "\uD83D\uDE0A",
				"auto", "none", "user", "assistant", "completed", "text", "stop" };

		private final Random random;

		Shapes(Random random) {
			this.random = random;
		}

		JsonNode value(Type type, int depth) {
			Class<?> raw = raw(type);
			if (raw == String.class) {
				return NODES.stringNode(word());
			}
			if (raw == Long.class || raw == Integer.class) {
				return NODES
					.numberNode(this.random.nextInt(3) == 0 ? this.random.nextLong() : this.random.nextInt(100));
			}
			if (raw == Double.class) {
				return NODES.numberNode(this.random.nextInt(1000) / 8.0);
			}
			if (raw == Boolean.class) {
				return NODES.booleanNode(this.random.nextBoolean());
			}
			if (raw == List.class) {
				ArrayNode array = NODES.arrayNode();
				int size = (depth >= MAX_DEPTH) ? 0 : this.random.nextInt(3);
				for (int i = 0; i < size; i++) {
					array.add(value(argument(type, 0), depth + 1));
				}
				return array;
			}
			if (raw == Map.class) {
				ObjectNode object = NODES.objectNode();
				if (depth < MAX_DEPTH && this.random.nextBoolean()) {
					object.set(word() + "_key", value(argument(type, 1), depth + 1));
				}
				return object;
			}
			if (raw == Object.class || raw == JsonNode.class) {
				return anyJson(depth);
			}
			if (raw.isSealed()) {
				return variant(raw, depth);
			}
			if (raw.isRecord()) {
				return isOpenEnum(raw) ? openEnum(raw) : record(raw, depth);
			}
			return anyJson(depth);
		}

		private JsonNode variant(Class<?> union, int depth) {
			List<Class<?>> variants = new ArrayList<>();
			for (Class<?> permitted : union.getPermittedSubclasses()) {
				if (!UnknownVariant.class.isAssignableFrom(permitted)) {
					variants.add(permitted);
				}
			}
			if (variants.isEmpty() || this.random.nextInt(20) == 0) {
				return anyJson(depth);
			}
			Class<?> variant = variants.get(this.random.nextInt(variants.size()));
			if (variant.isRecord() && !isOpenEnum(variant) && variant.getRecordComponents().length == 1
					&& !variant.getRecordComponents()[0].getName().equals("additionalProperties")) {
				// A union's wrapper of a plain value: the JSON is the value.
				return value(variant.getRecordComponents()[0].getGenericType(), depth);
			}
			return value(variant, depth);
		}

		private JsonNode record(Class<?> record, int depth) {
			ObjectNode object = NODES.objectNode();
			RecordComponent[] components = record.getRecordComponents();
			for (RecordComponent component : Arrays.copyOf(components, components.length - 1)) {
				String name = component.getAccessor().getAnnotation(JsonProperty.class) != null
						? component.getAccessor().getAnnotation(JsonProperty.class).value() : jsonName(component);
				String literal = literal(record, component.getName());
				int dice = this.random.nextInt(20);
				if (literal != null && dice < 17) {
					object.put(name, literal);
				}
				else if (dice == 0) {
					object.putNull(name);
				}
				else if (dice == 1) {
					// The wrong shape: kept as it came among the additional properties.
					object.set(name, (this.random.nextBoolean()) ? NODES.objectNode().put("drifted", word())
							: NODES.stringNode(word()));
				}
				else if (depth < MAX_DEPTH && dice < 14) {
					object.set(name, value(component.getGenericType(), depth + 1));
				}
			}
			if (this.random.nextInt(4) == 0) {
				object.set("unknown_" + this.random.nextInt(5), anyJson(depth + 1));
			}
			return object;
		}

		private JsonNode openEnum(Class<?> type) {
			List<String> known = new ArrayList<>();
			for (Field field : type.getFields()) {
				if (field.getType() == type) {
					try {
						known.add(String.valueOf(field.get(null)));
					}
					catch (IllegalAccessException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
			return (known.isEmpty() || this.random.nextInt(5) == 0) ? NODES.stringNode("unknown-" + word())
					: NODES.stringNode(known.get(this.random.nextInt(known.size())));
		}

		private JsonNode anyJson(int depth) {
			return switch ((depth >= MAX_DEPTH) ? this.random.nextInt(4) : this.random.nextInt(6)) {
				case 0 -> NODES.stringNode(word());
				case 1 -> NODES.numberNode(this.random.nextInt(1000));
				case 2 -> NODES.booleanNode(this.random.nextBoolean());
				case 3 -> NODES.nullNode();
				case 4 -> NODES.arrayNode().add(word()).add(this.random.nextDouble());
				default -> NODES.objectNode().put("nested", word()).set("more", anyJson(depth + 1));
			};
		}

		private String word() {
			return WORDS[this.random.nextInt(WORDS.length)];
		}

		/** The single possible value that the record's builder fills in, or null. */
		private static @Nullable String literal(Class<?> record, String component) {
			try {
				Class<?> builderType = Class.forName(record.getName() + "$Builder");
				Constructor<?> constructor = builderType.getDeclaredConstructor();
				constructor.setAccessible(true);
				Object builder = constructor.newInstance();
				Field field = builderType.getDeclaredField(component);
				field.setAccessible(true);
				return (field.get(builder) instanceof String literal) ? literal : null;
			}
			catch (ReflectiveOperationException ex) {
				return null;
			}
		}

		private static String jsonName(RecordComponent component) {
			return component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
		}

		private static boolean isOpenEnum(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			return components.length == 1 && components[0].getType() == String.class
					&& !components[0].getName().equals("additionalProperties");
		}

		private static Class<?> raw(Type type) {
			if (type instanceof Class<?> raw) {
				return raw;
			}
			if (type instanceof ParameterizedType parameterized) {
				return (Class<?>) parameterized.getRawType();
			}
			return Object.class;
		}

		private static Type argument(Type type, int index) {
			return (type instanceof ParameterizedType parameterized) ? parameterized.getActualTypeArguments()[index]
					: Object.class;
		}

	}

}
