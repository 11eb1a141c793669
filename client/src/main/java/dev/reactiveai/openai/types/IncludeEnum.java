// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Specify additional output data to include in the model response. Currently supported
 * values are:
 * <ul>
 * <li>{@code web_search_call.action.sources}: Include the sources of the web search tool
 * call.</li>
 * <li>{@code code_interpreter_call.outputs}: Includes the outputs of python code
 * execution in code interpreter tool call items.</li>
 * <li>{@code computer_call_output.output.image_url}: Include image urls from the computer
 * call output.</li>
 * <li>{@code file_search_call.results}: Include the search results of the file search
 * tool call.</li>
 * <li>{@code message.input_image.image_url}: Include image urls from the input
 * message.</li>
 * <li>{@code message.output_text.logprobs}: Include logprobs with assistant
 * messages.</li>
 * <li>{@code reasoning.encrypted_content}: Includes an encrypted version of reasoning
 * tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn
 * conversations when using the Responses API statelessly (like when the {@code store}
 * parameter is set to {@code false}, or when an organization is enrolled in the zero data
 * retention program).</li>
 * </ul>
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record IncludeEnum(@JsonValue String value) {
	/**
	 * The value {@code file_search_call.results}.
	 */
	public static final IncludeEnum FILE_SEARCH_CALL_RESULTS = new IncludeEnum("file_search_call.results");

	/**
	 * The value {@code web_search_call.results}.
	 */
	public static final IncludeEnum WEB_SEARCH_CALL_RESULTS = new IncludeEnum("web_search_call.results");

	/**
	 * The value {@code web_search_call.action.sources}.
	 */
	public static final IncludeEnum WEB_SEARCH_CALL_ACTION_SOURCES = new IncludeEnum("web_search_call.action.sources");

	/**
	 * The value {@code message.input_image.image_url}.
	 */
	public static final IncludeEnum MESSAGE_INPUT_IMAGE_IMAGE_URL = new IncludeEnum("message.input_image.image_url");

	/**
	 * The value {@code computer_call_output.output.image_url}.
	 */
	public static final IncludeEnum COMPUTER_CALL_OUTPUT_OUTPUT_IMAGE_URL = new IncludeEnum(
			"computer_call_output.output.image_url");

	/**
	 * The value {@code code_interpreter_call.outputs}.
	 */
	public static final IncludeEnum CODE_INTERPRETER_CALL_OUTPUTS = new IncludeEnum("code_interpreter_call.outputs");

	/**
	 * The value {@code reasoning.encrypted_content}.
	 */
	public static final IncludeEnum REASONING_ENCRYPTED_CONTENT = new IncludeEnum("reasoning.encrypted_content");

	/**
	 * The value {@code message.output_text.logprobs}.
	 */
	public static final IncludeEnum MESSAGE_OUTPUT_TEXT_LOGPROBS = new IncludeEnum("message.output_text.logprobs");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public IncludeEnum {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static IncludeEnum of(String value) {
		return switch (value) {
			case "file_search_call.results" -> FILE_SEARCH_CALL_RESULTS;
			case "web_search_call.results" -> WEB_SEARCH_CALL_RESULTS;
			case "web_search_call.action.sources" -> WEB_SEARCH_CALL_ACTION_SOURCES;
			case "message.input_image.image_url" -> MESSAGE_INPUT_IMAGE_IMAGE_URL;
			case "computer_call_output.output.image_url" -> COMPUTER_CALL_OUTPUT_OUTPUT_IMAGE_URL;
			case "code_interpreter_call.outputs" -> CODE_INTERPRETER_CALL_OUTPUTS;
			case "reasoning.encrypted_content" -> REASONING_ENCRYPTED_CONTENT;
			case "message.output_text.logprobs" -> MESSAGE_OUTPUT_TEXT_LOGPROBS;
			default -> new IncludeEnum(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "file_search_call.results", "web_search_call.results", "web_search_call.action.sources",
					"message.input_image.image_url", "computer_call_output.output.image_url",
					"code_interpreter_call.outputs", "reasoning.encrypted_content", "message.output_text.logprobs" ->
				true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}
