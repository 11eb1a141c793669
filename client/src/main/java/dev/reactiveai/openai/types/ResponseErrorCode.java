// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The error code for the response.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ResponseErrorCode(@JsonValue String value) {
	/**
	 * The value {@code server_error}.
	 */
	public static final ResponseErrorCode SERVER_ERROR = new ResponseErrorCode("server_error");

	/**
	 * The value {@code rate_limit_exceeded}.
	 */
	public static final ResponseErrorCode RATE_LIMIT_EXCEEDED = new ResponseErrorCode("rate_limit_exceeded");

	/**
	 * The value {@code invalid_prompt}.
	 */
	public static final ResponseErrorCode INVALID_PROMPT = new ResponseErrorCode("invalid_prompt");

	/**
	 * The value {@code vector_store_timeout}.
	 */
	public static final ResponseErrorCode VECTOR_STORE_TIMEOUT = new ResponseErrorCode("vector_store_timeout");

	/**
	 * The value {@code invalid_image}.
	 */
	public static final ResponseErrorCode INVALID_IMAGE = new ResponseErrorCode("invalid_image");

	/**
	 * The value {@code invalid_image_format}.
	 */
	public static final ResponseErrorCode INVALID_IMAGE_FORMAT = new ResponseErrorCode("invalid_image_format");

	/**
	 * The value {@code invalid_base64_image}.
	 */
	public static final ResponseErrorCode INVALID_BASE64_IMAGE = new ResponseErrorCode("invalid_base64_image");

	/**
	 * The value {@code invalid_image_url}.
	 */
	public static final ResponseErrorCode INVALID_IMAGE_URL = new ResponseErrorCode("invalid_image_url");

	/**
	 * The value {@code image_too_large}.
	 */
	public static final ResponseErrorCode IMAGE_TOO_LARGE = new ResponseErrorCode("image_too_large");

	/**
	 * The value {@code image_too_small}.
	 */
	public static final ResponseErrorCode IMAGE_TOO_SMALL = new ResponseErrorCode("image_too_small");

	/**
	 * The value {@code image_parse_error}.
	 */
	public static final ResponseErrorCode IMAGE_PARSE_ERROR = new ResponseErrorCode("image_parse_error");

	/**
	 * The value {@code image_content_policy_violation}.
	 */
	public static final ResponseErrorCode IMAGE_CONTENT_POLICY_VIOLATION = new ResponseErrorCode(
			"image_content_policy_violation");

	/**
	 * The value {@code invalid_image_mode}.
	 */
	public static final ResponseErrorCode INVALID_IMAGE_MODE = new ResponseErrorCode("invalid_image_mode");

	/**
	 * The value {@code image_file_too_large}.
	 */
	public static final ResponseErrorCode IMAGE_FILE_TOO_LARGE = new ResponseErrorCode("image_file_too_large");

	/**
	 * The value {@code unsupported_image_media_type}.
	 */
	public static final ResponseErrorCode UNSUPPORTED_IMAGE_MEDIA_TYPE = new ResponseErrorCode(
			"unsupported_image_media_type");

	/**
	 * The value {@code empty_image_file}.
	 */
	public static final ResponseErrorCode EMPTY_IMAGE_FILE = new ResponseErrorCode("empty_image_file");

	/**
	 * The value {@code failed_to_download_image}.
	 */
	public static final ResponseErrorCode FAILED_TO_DOWNLOAD_IMAGE = new ResponseErrorCode("failed_to_download_image");

	/**
	 * The value {@code image_file_not_found}.
	 */
	public static final ResponseErrorCode IMAGE_FILE_NOT_FOUND = new ResponseErrorCode("image_file_not_found");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ResponseErrorCode {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ResponseErrorCode of(String value) {
		return switch (value) {
			case "server_error" -> SERVER_ERROR;
			case "rate_limit_exceeded" -> RATE_LIMIT_EXCEEDED;
			case "invalid_prompt" -> INVALID_PROMPT;
			case "vector_store_timeout" -> VECTOR_STORE_TIMEOUT;
			case "invalid_image" -> INVALID_IMAGE;
			case "invalid_image_format" -> INVALID_IMAGE_FORMAT;
			case "invalid_base64_image" -> INVALID_BASE64_IMAGE;
			case "invalid_image_url" -> INVALID_IMAGE_URL;
			case "image_too_large" -> IMAGE_TOO_LARGE;
			case "image_too_small" -> IMAGE_TOO_SMALL;
			case "image_parse_error" -> IMAGE_PARSE_ERROR;
			case "image_content_policy_violation" -> IMAGE_CONTENT_POLICY_VIOLATION;
			case "invalid_image_mode" -> INVALID_IMAGE_MODE;
			case "image_file_too_large" -> IMAGE_FILE_TOO_LARGE;
			case "unsupported_image_media_type" -> UNSUPPORTED_IMAGE_MEDIA_TYPE;
			case "empty_image_file" -> EMPTY_IMAGE_FILE;
			case "failed_to_download_image" -> FAILED_TO_DOWNLOAD_IMAGE;
			case "image_file_not_found" -> IMAGE_FILE_NOT_FOUND;
			default -> new ResponseErrorCode(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "server_error", "rate_limit_exceeded", "invalid_prompt", "vector_store_timeout", "invalid_image",
					"invalid_image_format", "invalid_base64_image", "invalid_image_url", "image_too_large",
					"image_too_small", "image_parse_error", "image_content_policy_violation", "invalid_image_mode",
					"image_file_too_large", "unsupported_image_media_type", "empty_image_file",
					"failed_to_download_image", "image_file_not_found" ->
				true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}
