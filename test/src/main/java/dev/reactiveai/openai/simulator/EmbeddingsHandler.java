package dev.reactiveai.openai.simulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Embeddings: deterministic vectors by feature hashing, so that texts sharing words are
 * close. Each lower-cased word of a text (letters and digits; a few very common English
 * words left out unless the text has no other) is hashed to a dimension and a sign, the
 * counts are added up and the vector is scaled to length 1; a token of a token array
 * counts as a word of its own. Cosine similarity, the dot product of two vectors, then
 * grows with the words two texts share.
 * <p>
 * {@code text-embedding-3-large} has 3,072 dimensions and every other model 1,536, unless
 * {@code dimensions} asks for fewer ({@code text-embedding-ada-002} refuses it).
 * {@code encoding_format: base64} sends each vector as its little-endian 32-bit floats in
 * base64. Usage counts about four characters per token, or the tokens of a token array.
 */
final class EmbeddingsHandler implements ResourceHandler {

	private static final int MAX_INPUTS = 2048;

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
			"in", "is", "it", "of", "on", "or", "that", "the", "this", "to", "was", "with");

	EmbeddingsHandler(Simulation simulation) {
	}

	@Override
	public void register(Routes routes) {
		routes.add("createEmbedding", this::create);
	}

	private SimulatorResponse create(Call call) {
		JsonNode request = call.json();
		JsonNode model = request.path("model");
		if (!model.isString() || model.asString().isBlank()) {
			return SimulatorResponse.invalidRequest("you must provide a model parameter", "model");
		}
		List<Input> inputs;
		try {
			inputs = inputs(request.path("input"));
		}
		catch (IllegalArgumentException ex) {
			return SimulatorResponse.invalidRequest(ex.getMessage(), "input");
		}
		int defaultDimensions = model.asString().contains("-large") ? 3072 : 1536;
		JsonNode requested = request.path("dimensions");
		int dimensions = defaultDimensions;
		if (!requested.isMissingNode() && !requested.isNull()) {
			if (model.asString().contains("ada-002")) {
				return SimulatorResponse.invalidRequest("This model does not support specifying dimensions.",
						"dimensions");
			}
			if (!requested.canConvertToInt() || requested.asInt() < 1 || requested.asInt() > defaultDimensions) {
				return SimulatorResponse.invalidRequest("Invalid value for 'dimensions': expected an "
						+ "integer between 1 and " + defaultDimensions + ".", "dimensions");
			}
			dimensions = requested.asInt();
		}
		String format = request.path("encoding_format").asString("float");
		if (!format.equals("float") && !format.equals("base64")) {
			return SimulatorResponse.invalidRequest(
					"Invalid value for 'encoding_format': expected 'float' " + "or 'base64', got '" + format + "'.",
					"encoding_format");
		}
		List<Object> data = new ArrayList<>();
		long tokens = 0;
		for (int i = 0; i < inputs.size(); i++) {
			Input input = inputs.get(i);
			float[] vector = vector(input.words(), dimensions);
			data.add(JsonObjects.object("object", "embedding", "index", i, "embedding",
					format.equals("base64") ? base64(vector) : vector));
			tokens += input.tokens();
		}
		return SimulatorResponse.ok(JsonObjects.object("object", "list", "data", data, "model", model.asString(),
				"usage", JsonObjects.object("prompt_tokens", tokens, "total_tokens", tokens)));
	}

	/**
	 * The vector of some words: each hashed to a dimension and a sign, then scaled to
	 * length 1.
	 * @param words the words
	 * @param dimensions the vector's size
	 * @return the vector
	 */
	static float[] vector(List<String> words, int dimensions) {
		double[] sums = new double[dimensions];
		for (String word : words) {
			long hash = hash(word);
			int dimension = (int) Long.remainderUnsigned(hash, dimensions);
			sums[dimension] += ((hash >>> 63) == 0) ? 1 : -1;
		}
		double norm = 0;
		for (double sum : sums) {
			norm += sum * sum;
		}
		float[] vector = new float[dimensions];
		if (norm == 0) {
			// The words cancel out: any unit vector will do, as long as it is always the
			// same.
			vector[(int) Long.remainderUnsigned(hash(String.join(" ", words)), dimensions)] = 1;
			return vector;
		}
		double length = Math.sqrt(norm);
		for (int i = 0; i < dimensions; i++) {
			vector[i] = (float) (sums[i] / length);
		}
		return vector;
	}

	/**
	 * The words of a text that count: lower-cased runs of letters and digits, without the
	 * most common English words unless nothing else is left.
	 * @param text the text
	 * @return the words
	 */
	static List<String> words(String text) {
		List<String> all = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				all.add(word);
			}
		}
		List<String> meaningful = all.stream().filter((word) -> !STOP_WORDS.contains(word)).toList();
		if (!meaningful.isEmpty()) {
			return meaningful;
		}
		return all.isEmpty() ? List.of(text) : all;
	}

	/** FNV-1a, 64 bits, with a final mix: stable across runs and JVMs. */
	private static long hash(String word) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		hash ^= (hash >>> 33);
		hash *= 0xff51afd7ed558ccdL;
		hash ^= (hash >>> 33);
		return hash;
	}

	private static String base64(float[] vector) {
		ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(vector);
		return Base64.getEncoder().encodeToString(bytes.array());
	}

	private static List<Input> inputs(JsonNode input) {
		if (input.isMissingNode() || input.isNull()) {
			throw new IllegalArgumentException("Missing required parameter: 'input'.");
		}
		if (input.isString()) {
			return List.of(text(input.asString(), "input"));
		}
		if (!input.isArray()) {
			throw new IllegalArgumentException("Invalid type for 'input': expected a string, an array of strings, "
					+ "an array of tokens or an array of token arrays.");
		}
		if (input.isEmpty()) {
			throw new IllegalArgumentException("'$.input' is invalid: expected at least one input.");
		}
		if (input.size() > MAX_INPUTS) {
			throw new IllegalArgumentException(
					"'$.input' is invalid: expected at most " + MAX_INPUTS + " inputs, got " + input.size() + ".");
		}
		if (input.get(0).isIntegralNumber()) {
			return List.of(tokens(input, "input"));
		}
		List<Input> inputs = new ArrayList<>();
		for (int i = 0; i < input.size(); i++) {
			JsonNode element = input.get(i);
			String param = "input[" + i + "]";
			if (element.isString()) {
				inputs.add(text(element.asString(), param));
			}
			else if (element.isArray()) {
				inputs.add(tokens(element, param));
			}
			else {
				throw new IllegalArgumentException("Invalid type for '" + param + "': expected a string or tokens.");
			}
		}
		return inputs;
	}

	private static Input text(String text, String param) {
		if (text.isEmpty()) {
			throw new IllegalArgumentException("'$." + param + "' is invalid: an input cannot be an empty string.");
		}
		return new Input(words(text), AnswerText.countTokens(text));
	}

	private static Input tokens(JsonNode tokens, String param) {
		if (tokens.isEmpty()) {
			throw new IllegalArgumentException("'$." + param + "' is invalid: a token array cannot be empty.");
		}
		List<String> words = new ArrayList<>();
		for (JsonNode token : tokens) {
			if (!token.isIntegralNumber()) {
				throw new IllegalArgumentException("Invalid type for '" + param + "': expected integer tokens.");
			}
			words.add("#" + token.asLong());
		}
		return new Input(words, tokens.size());
	}

	private record Input(List<String> words, long tokens) {

	}

}
