// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Realtime item representing an invocation of a tool on an MCP server.
 *
 * @param type The type of the item. Always {@code mcp_call}.
 * @param id The unique ID of the tool call.
 * @param serverLabel The label of the MCP server running the tool.
 * @param name The name of the tool that was run.
 * @param arguments A JSON string of the arguments passed to the tool.
 * @param approvalRequestId The ID of an associated approval request, if any.
 * @param output The output from the tool call.
 * @param error The error from the tool call, if any.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeMCPToolCall.Reader.class)
public record RealtimeMCPToolCall(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("server_label") String serverLabel, @JsonProperty("name") String name,
		@JsonProperty("arguments") String arguments,
		@JsonProperty("approval_request_id") @Nullable String approvalRequestId,
		@JsonProperty("output") @Nullable String output,
		@JsonProperty("error") RealtimeMCPToolCall.@Nullable Error error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeConversationItem {

	/**
	 * Creates a {@link RealtimeMCPToolCall}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the item.
	 * @param id The unique ID of the tool call.
	 * @param serverLabel The label of the MCP server running the tool.
	 * @param name The name of the tool that was run.
	 * @param arguments A JSON string of the arguments passed to the tool.
	 * @param approvalRequestId The ID of an associated approval request, if any.
	 * @param output The output from the tool call.
	 * @param error The error from the tool call, if any.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeMCPToolCall {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeMCPToolCall}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The error from the tool call, if any.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Error.Deserializer.class)
	public sealed interface Error
			permits RealtimeMCPProtocolError, RealtimeMCPToolExecutionError, RealtimeMCPHTTPError, Error.Unknown {

		/**
		 * A {@link Error} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Error, UnknownVariant {
		}

		/**
		 * Reads a {@link Error} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Error> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Error>variants(Unknown::new)
					.discriminator("type")
					.object(RealtimeMCPProtocolError.class,
							VariantShape.declaring("type", "code", "message")
								.requiring("type", "code", "message")
								.values("type", "protocol_error"))
					.object(RealtimeMCPToolExecutionError.class,
							VariantShape.declaring("type", "message")
								.requiring("type", "message")
								.values("type", "tool_execution_error"))
					.object(RealtimeMCPHTTPError.class,
							VariantShape.declaring("type", "code", "message")
								.requiring("type", "code", "message")
								.values("type", "http_error")));
			}

		}

	}

	/**
	 * Builds a {@link RealtimeMCPToolCall}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String serverLabel;

		private @Nullable String name;

		private @Nullable String arguments;

		private @Nullable String approvalRequestId;

		private @Nullable String output;

		private @Nullable Error error;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp_call";
		}

		private Builder(RealtimeMCPToolCall source) {
			this.type = source.type();
			this.id = source.id();
			this.serverLabel = source.serverLabel();
			this.name = source.name();
			this.arguments = source.arguments();
			this.approvalRequestId = source.approvalRequestId();
			this.output = source.output();
			this.error = source.error();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the tool call.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The label of the MCP server running the tool.
		 * @param serverLabel the value (required)
		 * @return this builder
		 */
		public Builder serverLabel(@Nullable String serverLabel) {
			this.serverLabel = serverLabel;
			return this;
		}

		/**
		 * The name of the tool that was run.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * A JSON string of the arguments passed to the tool.
		 * @param arguments the value (required)
		 * @return this builder
		 */
		public Builder arguments(@Nullable String arguments) {
			this.arguments = arguments;
			return this;
		}

		/**
		 * The ID of an associated approval request, if any.
		 * @param approvalRequestId the value
		 * @return this builder
		 */
		public Builder approvalRequestId(@Nullable String approvalRequestId) {
			this.approvalRequestId = approvalRequestId;
			return this;
		}

		/**
		 * The output from the tool call.
		 * @param output the value
		 * @return this builder
		 */
		public Builder output(@Nullable String output) {
			this.output = output;
			return this;
		}

		/**
		 * The error from the tool call, if any.
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable Error error) {
			this.error = error;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public RealtimeMCPToolCall build() {
			return new RealtimeMCPToolCall(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.serverLabel, "'serverLabel' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.arguments, "'arguments' is required"), this.approvalRequestId,
					this.output, this.error, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeMCPToolCall} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeMCPToolCall> {

		Reader() {
			super(RealtimeMCPToolCall.class, "type", "id", "server_label", "name", "arguments", "approval_request_id",
					"output", "error");
		}

		@Override
		protected RealtimeMCPToolCall create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeMCPToolCall((String) values[0], (String) values[1], (String) values[2],
					(String) values[3], (String) values[4], (String) values[5], (String) values[6], (Error) values[7],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeMCPToolCall} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeMCPToolCall> {

		Writer() {
			super(RealtimeMCPToolCall.class, "type", "id", "server_label", "name", "arguments", "approval_request_id",
					"output", "error");
		}

		@Override
		protected @Nullable Object value(RealtimeMCPToolCall record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.serverLabel();
				case 3 -> record.name();
				case 4 -> record.arguments();
				case 5 -> record.approvalRequestId();
				case 6 -> record.output();
				case 7 -> record.error();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeMCPToolCall record) {
			return record.additionalProperties();
		}

	}
}
