// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Details of the message creation by the run step.
 *
 * @param type Always {@code message_creation}.
 * @param messageCreation A
 * {@link dev.reactiveai.openai.types.RunStepDeltaStepDetailsMessageCreationObject.MessageCreation}
 * (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDeltaStepDetailsMessageCreationObject.Reader.class)
public record RunStepDeltaStepDetailsMessageCreationObject(@JsonProperty("type") String type,
		@JsonProperty("message_creation") RunStepDeltaStepDetailsMessageCreationObject.@Nullable MessageCreation messageCreation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDelta.Delta.StepDetails {

	/**
	 * Creates a {@link RunStepDeltaStepDetailsMessageCreationObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type Always {@code message_creation}.
	 * @param messageCreation A
	 * {@link dev.reactiveai.openai.types.RunStepDeltaStepDetailsMessageCreationObject.MessageCreation}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDeltaStepDetailsMessageCreationObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDeltaStepDetailsMessageCreationObject}.
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
	 * A {@link RunStepDeltaStepDetailsMessageCreationObject}'s {@code message_creation}.
	 *
	 * @param messageId The ID of the message that was created by this run step.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = MessageCreation.Reader.class)
	public static record MessageCreation(@JsonProperty("message_id") @Nullable String messageId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link MessageCreation}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param messageId The ID of the message that was created by this run step.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public MessageCreation {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link MessageCreation}.
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
		 * Builds a {@link MessageCreation}.
		 */
		public static final class Builder {

			private @Nullable String messageId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(MessageCreation source) {
				this.messageId = source.messageId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the message that was created by this run step.
			 * @param messageId the value
			 * @return this builder
			 */
			public Builder messageId(@Nullable String messageId) {
				this.messageId = messageId;
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
			public MessageCreation build() {
				return new MessageCreation(this.messageId, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link MessageCreation} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<MessageCreation> {

			Reader() {
				super(MessageCreation.class, "message_id");
			}

			@Override
			protected MessageCreation create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new MessageCreation((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link MessageCreation} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<MessageCreation> {

			Writer() {
				super(MessageCreation.class, "message_id");
			}

			@Override
			protected @Nullable Object value(MessageCreation record, int index) {
				return switch (index) {
					case 0 -> record.messageId();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(MessageCreation record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunStepDeltaStepDetailsMessageCreationObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable MessageCreation messageCreation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "message_creation";
		}

		private Builder(RunStepDeltaStepDetailsMessageCreationObject source) {
			this.type = source.type();
			this.messageCreation = source.messageCreation();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.RunStepDeltaStepDetailsMessageCreationObject.MessageCreation}
		 * (the API description says no more).
		 * @param messageCreation the value
		 * @return this builder
		 */
		public Builder messageCreation(@Nullable MessageCreation messageCreation) {
			this.messageCreation = messageCreation;
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
		public RunStepDeltaStepDetailsMessageCreationObject build() {
			return new RunStepDeltaStepDetailsMessageCreationObject(this.type, this.messageCreation,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDeltaStepDetailsMessageCreationObject} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDeltaStepDetailsMessageCreationObject> {

		Reader() {
			super(RunStepDeltaStepDetailsMessageCreationObject.class, "type", "message_creation");
		}

		@Override
		protected RunStepDeltaStepDetailsMessageCreationObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDeltaStepDetailsMessageCreationObject((String) values[0], (MessageCreation) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDeltaStepDetailsMessageCreationObject} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDeltaStepDetailsMessageCreationObject> {

		Writer() {
			super(RunStepDeltaStepDetailsMessageCreationObject.class, "type", "message_creation");
		}

		@Override
		protected @Nullable Object value(RunStepDeltaStepDetailsMessageCreationObject record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.messageCreation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDeltaStepDetailsMessageCreationObject record) {
			return record.additionalProperties();
		}

	}
}
