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
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Static Chunking Strategy
 *
 * @param type Always {@code static}.
 * @param staticValue A {@link dev.reactiveai.openai.types.StaticChunkingStrategy} (the
 * API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = StaticChunkingStrategyResponseParam.Reader.class)
public record StaticChunkingStrategyResponseParam(@JsonProperty("type") String type,
		@JsonProperty("static") StaticChunkingStrategy staticValue,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			VectorStoreFile.ChunkingStrategy {

	/**
	 * Creates a {@link StaticChunkingStrategyResponseParam}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Always {@code static}.
	 * @param staticValue A {@link dev.reactiveai.openai.types.StaticChunkingStrategy}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public StaticChunkingStrategyResponseParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link StaticChunkingStrategyResponseParam}.
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
	 * Builds a {@link StaticChunkingStrategyResponseParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable StaticChunkingStrategy staticValue;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "static";
		}

		private Builder(StaticChunkingStrategyResponseParam source) {
			this.type = source.type();
			this.staticValue = source.staticValue();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.StaticChunkingStrategy} (the API
		 * description says no more).
		 * @param staticValue the value (required)
		 * @return this builder
		 */
		public Builder staticValue(@Nullable StaticChunkingStrategy staticValue) {
			this.staticValue = staticValue;
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
		public StaticChunkingStrategyResponseParam build() {
			return new StaticChunkingStrategyResponseParam(this.type,
					Objects.requireNonNull(this.staticValue, "'staticValue' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link StaticChunkingStrategyResponseParam} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<StaticChunkingStrategyResponseParam> {

		Reader() {
			super(StaticChunkingStrategyResponseParam.class, "type", "static");
		}

		@Override
		protected StaticChunkingStrategyResponseParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new StaticChunkingStrategyResponseParam((String) values[0], (StaticChunkingStrategy) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link StaticChunkingStrategyResponseParam} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<StaticChunkingStrategyResponseParam> {

		Writer() {
			super(StaticChunkingStrategyResponseParam.class, "type", "static");
		}

		@Override
		protected @Nullable Object value(StaticChunkingStrategyResponseParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.staticValue();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(StaticChunkingStrategyResponseParam record) {
			return record.additionalProperties();
		}

	}
}
