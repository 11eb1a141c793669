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
 * The content of a shell tool call output that was emitted.
 *
 * @param stdout The standard output that was captured.
 * @param stderr The standard error output that was captured.
 * @param outcome Represents either an exit outcome (with an exit code) or a timeout
 * outcome for a shell call output chunk.
 * @param createdBy The identifier of the actor that created the item.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionShellCallOutputContent.Reader.class)
public record FunctionShellCallOutputContent(@JsonProperty("stdout") String stdout,
		@JsonProperty("stderr") String stderr, @JsonProperty("outcome") FunctionShellCallOutputContent.Outcome outcome,
		@JsonProperty("created_by") @Nullable String createdBy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FunctionShellCallOutputContent}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param stdout The standard output that was captured.
	 * @param stderr The standard error output that was captured.
	 * @param outcome Represents either an exit outcome (with an exit code) or a timeout
	 * outcome for a shell call output chunk.
	 * @param createdBy The identifier of the actor that created the item.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionShellCallOutputContent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionShellCallOutputContent}.
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
	 * Represents either an exit outcome (with an exit code) or a timeout outcome for a
	 * shell call output chunk.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Outcome.Deserializer.class)
	public sealed interface Outcome
			permits FunctionShellCallOutputTimeoutOutcome, FunctionShellCallOutputExitOutcome, Outcome.Unknown {

		/**
		 * A {@link Outcome} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Outcome, UnknownVariant {
		}

		/**
		 * Reads a {@link Outcome} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Outcome> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Outcome>variants(Unknown::new)
					.discriminator("type")
					.object(FunctionShellCallOutputTimeoutOutcome.class,
							VariantShape.declaring("type").requiring("type").values("type", "timeout"))
					.object(FunctionShellCallOutputExitOutcome.class,
							VariantShape.declaring("type", "exit_code")
								.requiring("type", "exit_code")
								.values("type", "exit")));
			}

		}

	}

	/**
	 * Builds a {@link FunctionShellCallOutputContent}.
	 */
	public static final class Builder {

		private @Nullable String stdout;

		private @Nullable String stderr;

		private @Nullable Outcome outcome;

		private @Nullable String createdBy;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FunctionShellCallOutputContent source) {
			this.stdout = source.stdout();
			this.stderr = source.stderr();
			this.outcome = source.outcome();
			this.createdBy = source.createdBy();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The standard output that was captured.
		 * @param stdout the value (required)
		 * @return this builder
		 */
		public Builder stdout(@Nullable String stdout) {
			this.stdout = stdout;
			return this;
		}

		/**
		 * The standard error output that was captured.
		 * @param stderr the value (required)
		 * @return this builder
		 */
		public Builder stderr(@Nullable String stderr) {
			this.stderr = stderr;
			return this;
		}

		/**
		 * Represents either an exit outcome (with an exit code) or a timeout outcome for
		 * a shell call output chunk.
		 * @param outcome the value (required)
		 * @return this builder
		 */
		public Builder outcome(@Nullable Outcome outcome) {
			this.outcome = outcome;
			return this;
		}

		/**
		 * The identifier of the actor that created the item.
		 * @param createdBy the value
		 * @return this builder
		 */
		public Builder createdBy(@Nullable String createdBy) {
			this.createdBy = createdBy;
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
		public FunctionShellCallOutputContent build() {
			return new FunctionShellCallOutputContent(Objects.requireNonNull(this.stdout, "'stdout' is required"),
					Objects.requireNonNull(this.stderr, "'stderr' is required"),
					Objects.requireNonNull(this.outcome, "'outcome' is required"), this.createdBy,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionShellCallOutputContent} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionShellCallOutputContent> {

		Reader() {
			super(FunctionShellCallOutputContent.class, "stdout", "stderr", "outcome", "created_by");
		}

		@Override
		protected FunctionShellCallOutputContent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FunctionShellCallOutputContent((String) values[0], (String) values[1], (Outcome) values[2],
					(String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionShellCallOutputContent} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionShellCallOutputContent> {

		Writer() {
			super(FunctionShellCallOutputContent.class, "stdout", "stderr", "outcome", "created_by");
		}

		@Override
		protected @Nullable Object value(FunctionShellCallOutputContent record, int index) {
			return switch (index) {
				case 0 -> record.stdout();
				case 1 -> record.stderr();
				case 2 -> record.outcome();
				case 3 -> record.createdBy();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionShellCallOutputContent record) {
			return record.additionalProperties();
		}

	}
}
