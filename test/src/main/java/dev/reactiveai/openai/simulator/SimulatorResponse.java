package dev.reactiveai.openai.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * What a handler answers: a JSON document, a stream of server-sent events, or bytes.
 */
sealed interface SimulatorResponse {

	/**
	 * A JSON answer.
	 *
	 * @param status the HTTP status
	 * @param body a map, list, record or JSON tree
	 */
	record Json(int status, Object body) implements SimulatorResponse {

	}

	/**
	 * A stream of server-sent events; the stream ends with the publisher.
	 *
	 * @param events the events
	 */
	record Sse(Flux<Event> events) implements SimulatorResponse {

	}

	/**
	 * Bytes of a content type, such as a file's content or a PNG.
	 *
	 * @param contentType the content type
	 * @param content the bytes
	 */
	record Bytes(String contentType, byte[] content) implements SimulatorResponse {

	}

	/**
	 * One server-sent event.
	 *
	 * @param name the event's name, {@code null} for none
	 * @param data the event's data
	 */
	record Event(@Nullable String name, String data) {

		String encode() {
			StringBuilder frame = new StringBuilder(this.data.length() + 32);
			if (this.name != null) {
				frame.append("event: ").append(this.name).append('\n');
			}
			return frame.append("data: ").append(this.data).append("\n\n").toString();
		}

	}

	static SimulatorResponse ok(Object body) {
		return new Json(200, body);
	}

	/**
	 * An error in the shape the API sends.
	 * @param status the HTTP status
	 * @param type the error's type, such as {@code invalid_request_error}
	 * @param message what was wrong, for a person
	 * @param param the parameter at fault, or {@code null}
	 * @param code the error's code, or {@code null}
	 * @return the answer
	 */
	static SimulatorResponse error(int status, String type, String message, @Nullable String param,
			@Nullable String code) {
		Map<String, @Nullable Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("type", type);
		error.put("param", param);
		error.put("code", code);
		return new Json(status, Map.of("error", error));
	}

	static SimulatorResponse invalidRequest(String message, @Nullable String param) {
		return error(400, "invalid_request_error", message, param, null);
	}

	static SimulatorResponse notFound(String what, String id) {
		return error(404, "invalid_request_error", "No " + what + " found with id '" + id + "'.", null, null);
	}

}
