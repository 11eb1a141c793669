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
 * Controls whether ChatKit automatically generates thread titles.
 *
 * @param enabled Enable automatic thread title generation. Defaults to true.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AutomaticThreadTitlingParam.Reader.class)
public record AutomaticThreadTitlingParam(@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AutomaticThreadTitlingParam}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param enabled Enable automatic thread title generation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AutomaticThreadTitlingParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AutomaticThreadTitlingParam}.
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
	 * Builds a {@link AutomaticThreadTitlingParam}.
	 */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AutomaticThreadTitlingParam source) {
			this.enabled = source.enabled();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Enable automatic thread title generation.
		 * @param enabled the value
		 * @return this builder
		 */
		public Builder enabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
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
		public AutomaticThreadTitlingParam build() {
			return new AutomaticThreadTitlingParam(this.enabled, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AutomaticThreadTitlingParam} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AutomaticThreadTitlingParam> {

		Reader() {
			super(AutomaticThreadTitlingParam.class, "enabled");
		}

		@Override
		protected AutomaticThreadTitlingParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AutomaticThreadTitlingParam((Boolean) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AutomaticThreadTitlingParam} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AutomaticThreadTitlingParam> {

		Writer() {
			super(AutomaticThreadTitlingParam.class, "enabled");
		}

		@Override
		protected @Nullable Object value(AutomaticThreadTitlingParam record, int index) {
			return switch (index) {
				case 0 -> record.enabled();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AutomaticThreadTitlingParam record) {
			return record.additionalProperties();
		}

	}
}
