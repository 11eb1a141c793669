package dev.reactiveai.openai.benchmarks.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * The bodies that the benchmarks send and answer with, shaped as the OpenAI API shapes
 * them. Every body is built once, so that the server only copies bytes and every
 * contender reads exactly the same ones.
 */
public final class Payloads {

	/** The model that every request names. */
	public static final String MODEL = "gpt-4o-mini";

	/** The system message of every chat request. */
	public static final String SYSTEM_MESSAGE = "You are a concise assistant for a bakery. Answer in two sentences.";

	/** The user message of every chat request. */
	public static final String USER_MESSAGE = "Which of your breads keeps best for a week, and how should I store it?";

	/** Tokens as a model streams them: short, mostly ASCII, some escapes and UTF-8. */
	private static final String[] TOKENS = { "Hello", "!", " Here", " is", " a", " short", " answer", ":", "\\n\\n",
			"1", ".", " The", " caf\u00e9", " on", " the", " corner", " serves", " \\\"the", " best\\\"",
			" cr\u00eapes", " in", " town", " \u2014", " try", " them", " \uD83D\uDE0A", ",", " and", " then", " walk",
			" along", " the", " river", ".", "\\n" };

	private static final String ANSWER = "Our rye sourdough keeps best: its acidity and dense crumb hold moisture and "
			+ "slow staling, so it stays good for five to seven days. Keep it cut side down on a board for the first "
			+ "day, then wrap it in a linen bag or paper and store it in a bread box at room temperature \u2014 never "
			+ "in the fridge, where starch recrystallises and the loaf goes stale three times faster. If you will not "
			+ "finish it within the week, slice it now and freeze the slices; toast them straight from the freezer.";

	private Payloads() {
	}

	/**
	 * A non-streaming chat completion of about 1 KB, as the API answers
	 * {@code POST /chat/completions}.
	 * @return the JSON body
	 */
	public static byte[] chatCompletion() {
		String json = "{\"id\":\"chatcmpl-BQ3v5Yd2XkqQ8fNw1LmZ7rT0aHcE\",\"object\":\"chat.completion\","
				+ "\"created\":1761091200,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,"
				+ "\"message\":{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\",\"refusal\":null,"
				+ "\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":42,"
				+ "\"completion_tokens\":118,\"total_tokens\":160,\"prompt_tokens_details\":{\"cached_tokens\":0,"
				+ "\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
				+ "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\","
				+ "\"system_fingerprint\":\"fp_cbf1785567\"}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The number of characters of the answer in {@link #chatCompletion()}, once its JSON
	 * escapes are read, so that a contender's result can be checked.
	 * @return the length
	 */
	public static int chatCompletionContentLength() {
		return ANSWER.length();
	}

	/**
	 * A streamed chat completion: {@code events} {@code chat.completion.chunk} events of
	 * about 300 bytes each, the first with the role and the last with the finish reason,
	 * then {@code data: [DONE]}.
	 * @param events the number of chunk events
	 * @return the {@code text/event-stream} body
	 */
	public static byte[] chatCompletionStream(int events) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(events * 310 + 16);
		for (int i = 0; i < events; i++) {
			out.writeBytes(chunkEvent(i, events).getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes("data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	/**
	 * The first event of a stream, alone: what the server sends on a stream that it then
	 * holds open.
	 * @return the event's bytes
	 */
	public static byte[] firstChunkEvent() {
		return chunkEvent(0, 2).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The characters of content in the first {@code events} chunks of a stream, once
	 * their JSON escapes are read.
	 * @param events the number of chunk events
	 * @return the length
	 */
	public static long chatCompletionStreamContentLength(int events) {
		long length = 0;
		for (int i = 0; i < events; i++) {
			length += unescapedLength(TOKENS[i % TOKENS.length]);
		}
		return length;
	}

	private static String chunkEvent(int index, int events) {
		String delta = (index == 0) ? "{\"role\":\"assistant\",\"content\":\"" + TOKENS[0] + "\",\"refusal\":null}"
				: "{\"content\":\"" + TOKENS[index % TOKENS.length] + "\"}";
		String finishReason = (index == events - 1) ? "\"stop\"" : "null";
		return "data: {\"id\":\"chatcmpl-BQ3v5Yd2XkqQ8fNw1LmZ7rT0aHcE\",\"object\":\"chat.completion.chunk\","
				+ "\"created\":1761091200,\"model\":\"gpt-4o-mini-2024-07-18\",\"service_tier\":\"default\","
				+ "\"system_fingerprint\":\"fp_cbf1785567\",\"choices\":[{\"index\":0,\"delta\":" + delta
				+ ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}],\"usage\":null,"
				+ "\"obfuscation\":\"q8Yz\"}\n\n";
	}

	/**
	 * A streamed Responses API answer: {@code events} {@code response.output_text.delta}
	 * events of about 250 bytes each, typed ({@code event:} lines), as the API sends them
	 * for {@code POST /responses} with {@code stream=true}, the deltas the chat stream's
	 * tokens. The stream ends with the last delta (a complete answer would add
	 * {@code response.completed}, whose reading is the same as any other event's).
	 * @param events the number of delta events
	 * @return the {@code text/event-stream} body
	 */
	public static byte[] responseStream(int events) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(events * 260);
		for (int i = 0; i < events; i++) {
			String event = "event: response.output_text.delta\ndata: "
					+ responseTextDeltaJson(i, TOKENS[i % TOKENS.length]) + "\n\n";
			out.writeBytes(event.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	/**
	 * The characters of the deltas in the first {@code events} events of
	 * {@link #responseStream(int)}, once their JSON escapes are read.
	 * @param events the number of delta events
	 * @return the length
	 */
	public static long responseStreamDeltaLength(int events) {
		return chatCompletionStreamContentLength(events);
	}

	/**
	 * One {@code response.output_text.delta} event's JSON.
	 * @param sequenceNumber the event's sequence number
	 * @param delta the delta, as JSON string content (escaped)
	 * @return the JSON
	 */
	public static String responseTextDeltaJson(int sequenceNumber, String delta) {
		return "{\"type\":\"response.output_text.delta\",\"sequence_number\":" + sequenceNumber
				+ ",\"item_id\":\"msg_68f0a1c2e4b8819a9d3c5e7f1a2b4c6d\",\"output_index\":0,\"content_index\":0,"
				+ "\"delta\":\"" + delta + "\",\"logprobs\":[],\"obfuscation\":\"q8Yz\"}";
	}

	private static int unescapedLength(String json) {
		return json.replace("\\n", "\n").replace("\\\"", "\"").length();
	}

	/**
	 * An embeddings response, as the API answers {@code POST /embeddings}: {@code count}
	 * vectors of {@code dimensions} floats each, as JSON numbers or, with
	 * {@code encoding_format=base64}, as base64 of little-endian float32 values. The
	 * values are random normalised floats, printed as Java prints them (about nine
	 * significant digits, as the API sends them).
	 * @param count the number of vectors
	 * @param dimensions the floats in each vector
	 * @param base64 whether the vectors are base64
	 * @return the JSON body
	 */
	public static byte[] embeddings(int count, int dimensions, boolean base64) {
		SplittableRandom random = new SplittableRandom(42);
		StringBuilder json = new StringBuilder(count * dimensions * (base64 ? 6 : 12) + 256);
		json.append("{\"object\":\"list\",\"data\":[");
		ByteBuffer floats = ByteBuffer.allocate(dimensions * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < count; i++) {
			json.append((i > 0) ? "," : "").append("{\"object\":\"embedding\",\"index\":").append(i);
			json.append(",\"embedding\":");
			floats.clear();
			json.append(base64 ? "\"" : "[");
			for (int d = 0; d < dimensions; d++) {
				float value = (float) ((random.nextDouble() * 2 - 1) / Math.sqrt(dimensions));
				if (base64) {
					floats.putFloat(value);
				}
				else {
					json.append((d > 0) ? "," : "").append(value);
				}
			}
			json.append(base64 ? Base64.getEncoder().encodeToString(floats.array()) + "\"" : "]").append('}');
		}
		json.append("],\"model\":\"text-embedding-3-large\",\"usage\":{\"prompt_tokens\":").append(count * 8);
		json.append(",\"total_tokens\":").append(count * 8).append("}}");
		return json.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
