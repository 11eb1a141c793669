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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The text content that is part of a message.
 *
 * @param type Always {@code text}.
 * @param text A {@link dev.reactiveai.openai.types.MessageContentTextObject.Text} (the
 * API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MessageContentTextObject.Reader.class)
public record MessageContentTextObject(@JsonProperty("type") String type,
		@JsonProperty("text") MessageContentTextObject.Text text,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageObject.ContentItem {

	/**
	 * Creates a {@link MessageContentTextObject}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Always {@code text}.
	 * @param text A {@link dev.reactiveai.openai.types.MessageContentTextObject.Text}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MessageContentTextObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MessageContentTextObject}.
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
	 * A {@link MessageContentTextObject}'s {@code text}.
	 *
	 * @param value The data that makes up the text.
	 * @param annotations A list of a
	 * {@link dev.reactiveai.openai.types.MessageContentTextObject.Text.Annotation} (the
	 * API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Text.Reader.class)
	public static record Text(@JsonProperty("value") String value,
			@JsonProperty("annotations") List<Text.Annotation> annotations,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Text}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param value The data that makes up the text.
		 * @param annotations A list of a
		 * {@link dev.reactiveai.openai.types.MessageContentTextObject.Text.Annotation}
		 * (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Text {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Text}.
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
		 * An item of a {@link Text}'s {@code annotations}.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = Annotation.Deserializer.class)
		public sealed interface Annotation permits MessageContentTextAnnotationsFileCitationObject,
				MessageContentTextAnnotationsFilePathObject, Annotation.Unknown {

			/**
			 * A {@link Annotation} that this version of the client does not recognize,
			 * kept as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements Annotation, UnknownVariant {
			}

			/**
			 * Reads a {@link Annotation} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<Annotation> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<Annotation>variants(Unknown::new)
						.discriminator("type")
						.object(MessageContentTextAnnotationsFileCitationObject.class,
								VariantShape.declaring("type", "text", "file_citation", "start_index", "end_index")
									.requiring("type", "text", "file_citation", "start_index", "end_index")
									.values("type", "file_citation"))
						.object(MessageContentTextAnnotationsFilePathObject.class,
								VariantShape.declaring("type", "text", "file_path", "start_index", "end_index")
									.requiring("type", "text", "file_path", "start_index", "end_index")
									.values("type", "file_path")));
				}

			}

		}

		/**
		 * Builds a {@link Text}.
		 */
		public static final class Builder {

			private @Nullable String value;

			private @Nullable List<Annotation> annotations;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Text source) {
				this.value = source.value();
				this.annotations = (source.annotations() != null) ? new ArrayList<>(source.annotations()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The data that makes up the text.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder value(@Nullable String value) {
				this.value = value;
				return this;
			}

			/**
			 * A list of a
			 * {@link dev.reactiveai.openai.types.MessageContentTextObject.Text.Annotation}
			 * (the API description says no more).
			 * <p>
			 * Takes a copy of the list.
			 * @param annotations the value (required)
			 * @return this builder
			 */
			public Builder annotations(@Nullable List<? extends Annotation> annotations) {
				this.annotations = (annotations != null) ? new ArrayList<>(annotations) : null;
				return this;
			}

			/**
			 * A list of a
			 * {@link dev.reactiveai.openai.types.MessageContentTextObject.Text.Annotation}
			 * (the API description says no more).
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param annotation the item to add
			 * @return this builder
			 */
			public Builder addAnnotation(Annotation annotation) {
				Objects.requireNonNull(annotation, "'annotation' must not be null");
				if (this.annotations == null) {
					this.annotations = new ArrayList<>();
				}
				this.annotations.add(annotation);
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
			public Text build() {
				return new Text(Objects.requireNonNull(this.value, "'value' is required"),
						Collections.unmodifiableList(
								new ArrayList<>(Objects.requireNonNull(this.annotations, "'annotations' is required"))),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Text} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Text> {

			Reader() {
				super(Text.class, "value", "annotations");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Text create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Text((String) values[0], (List<Annotation>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Text} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Text> {

			Writer() {
				super(Text.class, "value", "annotations");
			}

			@Override
			protected @Nullable Object value(Text record, int index) {
				return switch (index) {
					case 0 -> record.value();
					case 1 -> record.annotations();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Text record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link MessageContentTextObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Text text;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "text";
		}

		private Builder(MessageContentTextObject source) {
			this.type = source.type();
			this.text = source.text();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.MessageContentTextObject.Text} (the API
		 * description says no more).
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable Text text) {
			this.text = text;
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
		public MessageContentTextObject build() {
			return new MessageContentTextObject(this.type, Objects.requireNonNull(this.text, "'text' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MessageContentTextObject} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MessageContentTextObject> {

		Reader() {
			super(MessageContentTextObject.class, "type", "text");
		}

		@Override
		protected MessageContentTextObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MessageContentTextObject((String) values[0], (Text) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MessageContentTextObject} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MessageContentTextObject> {

		Writer() {
			super(MessageContentTextObject.class, "type", "text");
		}

		@Override
		protected @Nullable Object value(MessageContentTextObject record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.text();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MessageContentTextObject record) {
			return record.additionalProperties();
		}

	}
}
