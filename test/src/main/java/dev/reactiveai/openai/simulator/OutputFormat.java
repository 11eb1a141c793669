package dev.reactiveai.openai.simulator;

import tools.jackson.databind.JsonNode;

/**
 * The format a request asks the answer in: text, any JSON object ({@code json_object}),
 * or JSON valid against a schema ({@code json_schema}, structured outputs). Chat
 * completions ask it with {@code response_format}, responses with {@code text.format}.
 *
 * @param kind the format
 * @param schema the schema of {@link Kind#JSON_SCHEMA}, a missing node otherwise
 * @param param where the request gives the schema, for errors
 */
record OutputFormat(Kind kind, JsonNode schema, String param) {

	/**
	 * The format of a chat completion request.
	 * @param request the request
	 * @return the format
	 */
	static OutputFormat ofChatCompletion(JsonNode request) {
		JsonNode format = request.path("response_format");
		return of(format, format.path("json_schema").path("schema"), "response_format.json_schema.schema");
	}

	/**
	 * The format of a response request.
	 * @param request the request
	 * @return the format
	 */
	static OutputFormat ofResponse(JsonNode request) {
		JsonNode format = request.path("text").path("format");
		return of(format, format.path("schema"), "text.format.schema");
	}

	private static OutputFormat of(JsonNode format, JsonNode schema, String param) {
		return switch (format.path("type").asString("text")) {
			case "json_schema" -> new OutputFormat(Kind.JSON_SCHEMA, schema, param);
			case "json_object" -> new OutputFormat(Kind.JSON_OBJECT, schema, param);
			default -> new OutputFormat(Kind.TEXT, schema, param);
		};
	}

	/**
	 * The answer in this format.
	 * @param prompt the prompt, which seeds the values of a schema
	 * @param prose the answer as text
	 * @return the text, or the JSON as text: {@code {"answer": prose}} for any object, a
	 * plausible value of the schema for structured outputs
	 */
	String answer(String prompt, String prose) {
		return switch (this.kind) {
			case TEXT -> prose;
			case JSON_OBJECT -> JsonObjects.text(JsonObjects.object("answer", prose));
			case JSON_SCHEMA -> SchemaValues.json(this.schema, prompt, this.param);
		};
	}

	/** The formats. */
	enum Kind {

		/** Text, the default. */
		TEXT,

		/** Any JSON object. */
		JSON_OBJECT,

		/** JSON valid against a schema. */
		JSON_SCHEMA

	}

}
