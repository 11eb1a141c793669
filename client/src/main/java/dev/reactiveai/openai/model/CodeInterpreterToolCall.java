// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool call to run code.
 *
 * @param type The type of the code interpreter tool call.
 * @param id The unique ID of the code interpreter tool call.
 * @param status The status of the code interpreter tool call.
 * @param containerId The ID of the container used to run the code.
 * @param code the {@code code} property
 * @param outputs the {@code outputs} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record CodeInterpreterToolCall(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("status") CodeInterpreterToolCall.Status status, @JsonProperty("container_id") String containerId,
		@JsonProperty("code") @Nullable String code,
		@JsonProperty("outputs") @Nullable List<CodeInterpreterToolCall.OutputsItem> outputs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	public CodeInterpreterToolCall {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CodeInterpreterToolCall}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The status of the code interpreter tool call. Valid values are `in_progress`,
	 * `completed`, `incomplete`, `interpreting`, and `failed`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		public static final Status IN_PROGRESS = new Status("in_progress");

		public static final Status COMPLETED = new Status("completed");

		public static final Status INCOMPLETE = new Status("incomplete");

		public static final Status INTERPRETING = new Status("interpreting");

		public static final Status FAILED = new Status("failed");

		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "in_progress" -> IN_PROGRESS;
				case "completed" -> COMPLETED;
				case "incomplete" -> INCOMPLETE;
				case "interpreting" -> INTERPRETING;
				case "failed" -> FAILED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "completed", "incomplete", "interpreting", "failed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = OutputsItem.Deserializer.class)
	public sealed interface OutputsItem
			permits CodeInterpreterOutputLogs, CodeInterpreterOutputImage, OutputsItem.Unknown {

		/**
		 * A {@link OutputsItem} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements OutputsItem, UnknownVariant {
		}

		/**
		 * Reads a {@link OutputsItem} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<OutputsItem> {

			public Deserializer() {
				super(UnionDeserializer.<OutputsItem>variants(Unknown::new)
					.discriminator("type")
					.object(CodeInterpreterOutputLogs.class,
							VariantShape.declaring("type", "logs").requiring("type", "logs").values("type", "logs"))
					.object(CodeInterpreterOutputImage.class,
							VariantShape.declaring("type", "url").requiring("type", "url").values("type", "image")));
			}

		}

	}

	/**
	 * Builds a {@link CodeInterpreterToolCall}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable Status status;

		private @Nullable String containerId;

		private @Nullable String code;

		private @Nullable List<OutputsItem> outputs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "code_interpreter_call";
		}

		private Builder(CodeInterpreterToolCall source) {
			this.type = source.type();
			this.id = source.id();
			this.status = source.status();
			this.containerId = source.containerId();
			this.code = source.code();
			this.outputs = source.outputs();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of the code interpreter tool call. Always
		 * `code_interpreter_call`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code id}: The unique ID of the code interpreter tool call.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code status}: The status of the code interpreter tool call. Valid values
		 * are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Set {@code container_id}: The ID of the container used to run the code.
		 * @param containerId the value (required)
		 * @return this builder
		 */
		public Builder containerId(@Nullable String containerId) {
			this.containerId = containerId;
			return this;
		}

		/**
		 * Set {@code code}.
		 * @param code the value
		 * @return this builder
		 */
		public Builder code(@Nullable String code) {
			this.code = code;
			return this;
		}

		/**
		 * Set {@code outputs}.
		 * @param outputs the value
		 * @return this builder
		 */
		public Builder outputs(@Nullable List<OutputsItem> outputs) {
			this.outputs = outputs;
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
		public CodeInterpreterToolCall build() {
			return new CodeInterpreterToolCall(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.containerId, "'containerId' is required"), this.code, this.outputs,
					this.additionalProperties);
		}

	}
}
