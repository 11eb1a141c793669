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
 * A text output from the model.
 *
 * @param type The type of the output text. Always {@code output_text}.
 * @param text The text output from the model.
 * @param annotations The annotations of the text output.
 * @param logprobs A list of a {@link dev.reactiveai.openai.types.LogProb} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OutputTextContent.Reader.class)
public record OutputTextContent(@JsonProperty("type") String type, @JsonProperty("text") String text,
		@JsonProperty("annotations") List<Annotation> annotations, @JsonProperty("logprobs") List<LogProb> logprobs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			Message.ContentItem,
			OutputContent,
			OutputMessageContent {

	/**
	 * Creates a {@link OutputTextContent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the output text.
	 * @param text The text output from the model.
	 * @param annotations The annotations of the text output.
	 * @param logprobs A list of a {@link dev.reactiveai.openai.types.LogProb} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OutputTextContent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OutputTextContent}.
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
	 * Builds a {@link OutputTextContent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String text;

		private @Nullable List<Annotation> annotations;

		private @Nullable List<LogProb> logprobs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "output_text";
		}

		private Builder(OutputTextContent source) {
			this.type = source.type();
			this.text = source.text();
			this.annotations = (source.annotations() != null) ? new ArrayList<>(source.annotations()) : null;
			this.logprobs = (source.logprobs() != null) ? new ArrayList<>(source.logprobs()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The text output from the model.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * The annotations of the text output.
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
		 * The annotations of the text output.
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
		 * A list of a {@link dev.reactiveai.openai.types.LogProb} (the API description
		 * says no more).
		 * <p>
		 * Takes a copy of the list.
		 * @param logprobs the value (required)
		 * @return this builder
		 */
		public Builder logprobs(@Nullable List<LogProb> logprobs) {
			this.logprobs = (logprobs != null) ? new ArrayList<>(logprobs) : null;
			return this;
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.LogProb} (the API description
		 * says no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param logprob the item to add
		 * @return this builder
		 */
		public Builder addLogprob(LogProb logprob) {
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
		public OutputTextContent build() {
			return new OutputTextContent(this.type, Objects.requireNonNull(this.text, "'text' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.annotations, "'annotations' is required"))),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.logprobs, "'logprobs' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OutputTextContent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OutputTextContent> {

		Reader() {
			super(OutputTextContent.class, "type", "text", "annotations", "logprobs");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected OutputTextContent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OutputTextContent((String) values[0], (String) values[1], (List<Annotation>) values[2],
					(List<LogProb>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link OutputTextContent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OutputTextContent> {

		Writer() {
			super(OutputTextContent.class, "type", "text", "annotations", "logprobs");
		}

		@Override
		protected @Nullable Object value(OutputTextContent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.text();
				case 2 -> record.annotations();
				case 3 -> record.logprobs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OutputTextContent record) {
			return record.additionalProperties();
		}

	}
}
