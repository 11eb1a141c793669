// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Emitted when there is an additional text delta.
 *
 * @param type The type of the event. Always {@code response.output_text.delta}.
 * @param itemId The ID of the output item that the text delta was added to.
 * @param outputIndex The index of the output item that the text delta was added to.
 * @param contentIndex The index of the content part that the text delta was added to.
 * @param delta The text delta that was added.
 * @param sequenceNumber The sequence number for this event.
 * @param logprobs The log probabilities of the tokens in the delta.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseTextDeltaEvent.Reader.class)
public record ResponseTextDeltaEvent(@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("content_index") Long contentIndex,
		@JsonProperty("delta") String delta, @JsonProperty("sequence_number") Long sequenceNumber,
		@JsonProperty("logprobs") List<ResponseLogProb> logprobs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseTextDeltaEvent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the event.
	 * @param itemId The ID of the output item that the text delta was added to.
	 * @param outputIndex The index of the output item that the text delta was added to.
	 * @param contentIndex The index of the content part that the text delta was added to.
	 * @param delta The text delta that was added.
	 * @param sequenceNumber The sequence number for this event.
	 * @param logprobs The log probabilities of the tokens in the delta.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseTextDeltaEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseTextDeltaEvent}.
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
	 * Builds a {@link ResponseTextDeltaEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long contentIndex;

		private @Nullable String delta;

		private @Nullable Long sequenceNumber;

		private @Nullable List<ResponseLogProb> logprobs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.output_text.delta";
		}

		private Builder(ResponseTextDeltaEvent source) {
			this.type = source.type();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.contentIndex = source.contentIndex();
			this.delta = source.delta();
			this.sequenceNumber = source.sequenceNumber();
			this.logprobs = (source.logprobs() != null) ? new ArrayList<>(source.logprobs()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the output item that the text delta was added to.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the output item that the text delta was added to.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The index of the content part that the text delta was added to.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The text delta that was added.
		 * @param delta the value (required)
		 * @return this builder
		 */
		public Builder delta(@Nullable String delta) {
			this.delta = delta;
			return this;
		}

		/**
		 * The sequence number for this event.
		 * @param sequenceNumber the value (required)
		 * @return this builder
		 */
		public Builder sequenceNumber(@Nullable Long sequenceNumber) {
			this.sequenceNumber = sequenceNumber;
			return this;
		}

		/**
		 * The log probabilities of the tokens in the delta.
		 * <p>
		 * Takes a copy of the list.
		 * @param logprobs the value (required)
		 * @return this builder
		 */
		public Builder logprobs(@Nullable List<ResponseLogProb> logprobs) {
			this.logprobs = (logprobs != null) ? new ArrayList<>(logprobs) : null;
			return this;
		}

		/**
		 * The log probabilities of the tokens in the delta.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param logprob the item to add
		 * @return this builder
		 */
		public Builder addLogprob(ResponseLogProb logprob) {
			Objects.requireNonNull(logprob, "'logprob' must not be null");
			if (this.logprobs == null) {
				this.logprobs = new ArrayList<>();
			}
			this.logprobs.add(logprob);
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
		public ResponseTextDeltaEvent build() {
			return new ResponseTextDeltaEvent(this.type, Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.delta, "'delta' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.logprobs, "'logprobs' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseTextDeltaEvent} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseTextDeltaEvent> {

		Reader() {
			super(ResponseTextDeltaEvent.class, "type", "item_id", "output_index", "content_index", "delta",
					"sequence_number", "logprobs");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ResponseTextDeltaEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseTextDeltaEvent((String) values[0], (String) values[1], (Long) values[2],
					(Long) values[3], (String) values[4], (Long) values[5], (List<ResponseLogProb>) values[6],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseTextDeltaEvent} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseTextDeltaEvent> {

		Writer() {
			super(ResponseTextDeltaEvent.class, "type", "item_id", "output_index", "content_index", "delta",
					"sequence_number", "logprobs");
		}

		@Override
		protected @Nullable Object value(ResponseTextDeltaEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemId();
				case 2 -> record.outputIndex();
				case 3 -> record.contentIndex();
				case 4 -> record.delta();
				case 5 -> record.sequenceNumber();
				case 6 -> record.logprobs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseTextDeltaEvent record) {
			return record.additionalProperties();
		}

	}
}
