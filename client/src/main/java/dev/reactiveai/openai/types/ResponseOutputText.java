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
 * Assistant response text accompanied by optional annotations.
 *
 * @param type Type discriminator that is always {@code output_text}.
 * @param text Assistant generated text.
 * @param annotations Ordered list of annotations attached to the response text.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseOutputText.Reader.class)
public record ResponseOutputText(@JsonProperty("type") String type, @JsonProperty("text") String text,
		@JsonProperty("annotations") List<ResponseOutputText.Annotation> annotations,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseOutputText}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Type discriminator that is always {@code output_text}.
	 * @param text Assistant generated text.
	 * @param annotations Ordered list of annotations attached to the response text.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseOutputText {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseOutputText}.
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
	 * Annotation object describing a cited source.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Annotation.Deserializer.class)
	public sealed interface Annotation permits FileAnnotation, UrlAnnotation, Annotation.Unknown {

		/**
		 * A {@link Annotation} that this version of the client does not recognize, kept
		 * as it came.
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
					.object(FileAnnotation.class,
							VariantShape.declaring("type", "source").requiring("type", "source").values("type", "file"))
					.object(UrlAnnotation.class,
							VariantShape.declaring("type", "source")
								.requiring("type", "source")
								.values("type", "url")));
			}

		}

	}

	/**
	 * Builds a {@link ResponseOutputText}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String text;

		private @Nullable List<Annotation> annotations;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "output_text";
		}

		private Builder(ResponseOutputText source) {
			this.type = source.type();
			this.text = source.text();
			this.annotations = (source.annotations() != null) ? new ArrayList<>(source.annotations()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Assistant generated text.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * Ordered list of annotations attached to the response text.
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
		 * Ordered list of annotations attached to the response text.
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
		public ResponseOutputText build() {
			return new ResponseOutputText(this.type, Objects.requireNonNull(this.text, "'text' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.annotations, "'annotations' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseOutputText} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseOutputText> {

		Reader() {
			super(ResponseOutputText.class, "type", "text", "annotations");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ResponseOutputText create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseOutputText((String) values[0], (String) values[1], (List<Annotation>) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseOutputText} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseOutputText> {

		Writer() {
			super(ResponseOutputText.class, "type", "text", "annotations");
		}

		@Override
		protected @Nullable Object value(ResponseOutputText record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.text();
				case 2 -> record.annotations();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseOutputText record) {
			return record.additionalProperties();
		}

	}
}
