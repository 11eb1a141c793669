// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Emitted when an annotation is added to output text content.
 *
 * @param type The type of the event. Always 'response.output_text.annotation.added'.
 * @param itemId The unique identifier of the item to which the annotation is being added.
 * @param outputIndex The index of the output item in the response's output array.
 * @param contentIndex The index of the content part within the output item.
 * @param annotationIndex The index of the annotation within the content part.
 * @param sequenceNumber The sequence number of this event.
 * @param annotation The annotation object being added. (See annotation schema for
 * details.)
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseOutputTextAnnotationAddedEvent.Reader.class)
public record ResponseOutputTextAnnotationAddedEvent(@JsonProperty("type") String type,
		@JsonProperty("item_id") String itemId, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("content_index") Long contentIndex, @JsonProperty("annotation_index") Long annotationIndex,
		@JsonProperty("sequence_number") Long sequenceNumber,
		@JsonProperty("annotation") Map<String, Object> annotation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseOutputTextAnnotationAddedEvent}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param itemId The unique identifier of the item to which the annotation is being
	 * added.
	 * @param outputIndex The index of the output item in the response's output array.
	 * @param contentIndex The index of the content part within the output item.
	 * @param annotationIndex The index of the annotation within the content part.
	 * @param sequenceNumber The sequence number of this event.
	 * @param annotation The annotation object being added.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseOutputTextAnnotationAddedEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseOutputTextAnnotationAddedEvent}.
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
	 * Builds a {@link ResponseOutputTextAnnotationAddedEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long contentIndex;

		private @Nullable Long annotationIndex;

		private @Nullable Long sequenceNumber;

		private @Nullable Map<String, Object> annotation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.output_text.annotation.added";
		}

		private Builder(ResponseOutputTextAnnotationAddedEvent source) {
			this.type = source.type();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.contentIndex = source.contentIndex();
			this.annotationIndex = source.annotationIndex();
			this.sequenceNumber = source.sequenceNumber();
			this.annotation = (source.annotation() != null) ? new LinkedHashMap<>(source.annotation()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique identifier of the item to which the annotation is being added.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the output item in the response's output array.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The index of the content part within the output item.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The index of the annotation within the content part.
		 * @param annotationIndex the value (required)
		 * @return this builder
		 */
		public Builder annotationIndex(@Nullable Long annotationIndex) {
			this.annotationIndex = annotationIndex;
			return this;
		}

		/**
		 * The sequence number of this event.
		 * @param sequenceNumber the value (required)
		 * @return this builder
		 */
		public Builder sequenceNumber(@Nullable Long sequenceNumber) {
			this.sequenceNumber = sequenceNumber;
			return this;
		}

		/**
		 * The annotation object being added.
		 * <p>
		 * Takes a copy of the map.
		 * @param annotation the value (required)
		 * @return this builder
		 */
		public Builder annotation(@Nullable Map<String, ?> annotation) {
			this.annotation = (annotation != null) ? new LinkedHashMap<>(annotation) : null;
			return this;
		}

		/**
		 * The annotation object being added.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putAnnotation(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.annotation == null) {
				this.annotation = new LinkedHashMap<>();
			}
			this.annotation.put(key, value);
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
		public ResponseOutputTextAnnotationAddedEvent build() {
			return new ResponseOutputTextAnnotationAddedEvent(this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.annotationIndex, "'annotationIndex' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.annotation, "'annotation' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseOutputTextAnnotationAddedEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseOutputTextAnnotationAddedEvent> {

		Reader() {
			super(ResponseOutputTextAnnotationAddedEvent.class, "type", "item_id", "output_index", "content_index",
					"annotation_index", "sequence_number", "annotation");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ResponseOutputTextAnnotationAddedEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseOutputTextAnnotationAddedEvent((String) values[0], (String) values[1], (Long) values[2],
					(Long) values[3], (Long) values[4], (Long) values[5], (Map<String, Object>) values[6],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseOutputTextAnnotationAddedEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseOutputTextAnnotationAddedEvent> {

		Writer() {
			super(ResponseOutputTextAnnotationAddedEvent.class, "type", "item_id", "output_index", "content_index",
					"annotation_index", "sequence_number", "annotation");
		}

		@Override
		protected @Nullable Object value(ResponseOutputTextAnnotationAddedEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemId();
				case 2 -> record.outputIndex();
				case 3 -> record.contentIndex();
				case 4 -> record.annotationIndex();
				case 5 -> record.sequenceNumber();
				case 6 -> record.annotation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseOutputTextAnnotationAddedEvent record) {
			return record.additionalProperties();
		}

	}
}
