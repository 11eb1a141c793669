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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool that allows the model to execute shell commands.
 *
 * @param type The type of the shell tool. Always {@code shell}.
 * @param environment A
 * {@link dev.reactiveai.openai.types.FunctionShellToolParam.Environment} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionShellToolParam.Reader.class)
public record FunctionShellToolParam(@JsonProperty("type") String type,
		@JsonProperty("environment") FunctionShellToolParam.@Nullable Environment environment,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link FunctionShellToolParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the shell tool.
	 * @param environment A
	 * {@link dev.reactiveai.openai.types.FunctionShellToolParam.Environment} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionShellToolParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionShellToolParam}.
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
	 * A {@link FunctionShellToolParam}'s {@code environment}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Environment.Deserializer.class)
	public sealed interface Environment
			permits ContainerAutoParam, LocalEnvironmentParam, ContainerReferenceParam, Environment.Unknown {

		/**
		 * A {@link Environment} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Environment, UnknownVariant {
		}

		/**
		 * Reads a {@link Environment} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Environment> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Environment>variants(Unknown::new)
					.discriminator("type")
					.object(ContainerAutoParam.class,
							VariantShape.declaring("type", "file_ids", "memory_limit", "network_policy", "skills")
								.requiring("type")
								.values("type", "container_auto")
								.values("memory_limit", "1g", "4g", "16g", "64g"))
					.object(LocalEnvironmentParam.class,
							VariantShape.declaring("type", "skills").requiring("type").values("type", "local"))
					.object(ContainerReferenceParam.class,
							VariantShape.declaring("type", "container_id")
								.requiring("type", "container_id")
								.values("type", "container_reference")));
			}

		}

	}

	/**
	 * Builds a {@link FunctionShellToolParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Environment environment;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "shell";
		}

		private Builder(FunctionShellToolParam source) {
			this.type = source.type();
			this.environment = source.environment();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.FunctionShellToolParam.Environment} (the
		 * API description says no more).
		 * @param environment the value
		 * @return this builder
		 */
		public Builder environment(@Nullable Environment environment) {
			this.environment = environment;
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
		public FunctionShellToolParam build() {
			return new FunctionShellToolParam(this.type, this.environment, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionShellToolParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionShellToolParam> {

		Reader() {
			super(FunctionShellToolParam.class, "type", "environment");
		}

		@Override
		protected FunctionShellToolParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FunctionShellToolParam((String) values[0], (Environment) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionShellToolParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionShellToolParam> {

		Writer() {
			super(FunctionShellToolParam.class, "type", "environment");
		}

		@Override
		protected @Nullable Object value(FunctionShellToolParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.environment();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionShellToolParam record) {
			return record.additionalProperties();
		}

	}
}
