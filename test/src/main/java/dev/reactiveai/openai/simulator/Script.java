package dev.reactiveai.openai.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Scripted answers: the text or tool call of the next chat completions and responses, and
 * fixed answers for any operation. <pre class="code">
 * simulator.script().nextReply("Paris is the capital of France.");
 * simulator.script().nextToolCall("get_weather", "{\"city\":\"Paris\"}");
 * simulator.script().nextToolCall("get_weather"); // arguments from the tool's schema
 * simulator.script().stub("GET", "/models/gpt-4o", 404, "{\"error\":{\"message\":\"gone\"}}");
 * </pre> Replies and tool calls form one queue, oldest first, that both APIs take from:
 * each answers the next chat completion or response, whichever comes first (a line of a
 * batch included), streamed or not, in place of what the simulator would derive from the
 * input. A scripted text is sent as it is, even where the request asks for JSON.
 */
public final class Script {

	private final Deque<Reply> replies = new ArrayDeque<>();

	private final Map<String, Stub> stubs = new LinkedHashMap<>();

	/**
	 * Sets the text of the next answer of a chat completion or a response, instead of the
	 * text derived from the input. Several calls queue several answers.
	 * @param text the answer's text
	 * @return this script
	 */
	public synchronized Script nextReply(String text) {
		this.replies.addLast(new Reply(text, null, null));
		return this;
	}

	/**
	 * Makes the next answer of a chat completion or a response a call of a function tool.
	 * @param name the function's name
	 * @param arguments the call's arguments, a JSON object as text
	 * @return this script
	 */
	public synchronized Script nextToolCall(String name, String arguments) {
		this.replies.addLast(new Reply(null, name, arguments));
		return this;
	}

	/**
	 * Makes the next answer of a chat completion or a response a call of a function tool,
	 * with arguments valid against the parameters schema of the request's function of
	 * that name ({@code {}} when the request offers none).
	 * @param name the function's name
	 * @return this script
	 */
	public synchronized Script nextToolCall(String name) {
		this.replies.addLast(new Reply(null, name, null));
		return this;
	}

	/**
	 * Answers every call of a method and path with a fixed JSON body, until
	 * {@link OpenAiSimulator#reset()}.
	 * @param method the HTTP method, such as {@code GET}
	 * @param path the exact path below {@code /v1}, such as {@code /models/gpt-4o}
	 * @param status the HTTP status
	 * @param json the body
	 * @return this script
	 */
	public synchronized Script stub(String method, String path, int status, String json) {
		this.stubs.put(method.toUpperCase() + " " + path, new Stub(status, json));
		return this;
	}

	synchronized @Nullable Reply takeReply() {
		return this.replies.pollFirst();
	}

	synchronized @Nullable Stub stubFor(String method, String path) {
		return this.stubs.get(method + " " + path);
	}

	synchronized void clear() {
		this.replies.clear();
		this.stubs.clear();
	}

	/**
	 * A scripted answer: text, or a call of a function tool.
	 *
	 * @param text the text, or {@code null} for a tool call
	 * @param toolName the tool's name, or {@code null} for text
	 * @param arguments the tool call's arguments, or {@code null} for text and for
	 * arguments from the tool's schema
	 */
	record Reply(@Nullable String text, @Nullable String toolName, @Nullable String arguments) {

	}

	record Stub(int status, String json) {

	}

}
