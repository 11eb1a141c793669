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
 * Controls when the session expires relative to an anchor timestamp.
 *
 * @param anchor Base timestamp used to calculate expiration. Currently fixed to
 * {@code created_at}.
 * @param seconds Number of seconds after the anchor when the session expires.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ExpiresAfterParam.Reader.class)
public record ExpiresAfterParam(@JsonProperty("anchor") String anchor, @JsonProperty("seconds") Long seconds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ExpiresAfterParam}, filling in {@code anchor} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param anchor Base timestamp used to calculate expiration.
	 * @param seconds Number of seconds after the anchor when the session expires.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ExpiresAfterParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ExpiresAfterParam}.
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
	 * Builds a {@link ExpiresAfterParam}.
	 */
	public static final class Builder {

		private @Nullable String anchor;

		private @Nullable Long seconds;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.anchor = "created_at";
		}

		private Builder(ExpiresAfterParam source) {
			this.anchor = source.anchor();
			this.seconds = source.seconds();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Number of seconds after the anchor when the session expires.
		 * @param seconds the value (required)
		 * @return this builder
		 */
		public Builder seconds(@Nullable Long seconds) {
			this.seconds = seconds;
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
		public ExpiresAfterParam build() {
			return new ExpiresAfterParam(this.anchor, Objects.requireNonNull(this.seconds, "'seconds' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ExpiresAfterParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ExpiresAfterParam> {

		Reader() {
			super(ExpiresAfterParam.class, "anchor", "seconds");
		}

		@Override
		protected ExpiresAfterParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ExpiresAfterParam((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ExpiresAfterParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ExpiresAfterParam> {

		Writer() {
			super(ExpiresAfterParam.class, "anchor", "seconds");
		}

		@Override
		protected @Nullable Object value(ExpiresAfterParam record, int index) {
			return switch (index) {
				case 0 -> record.anchor();
				case 1 -> record.seconds();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ExpiresAfterParam record) {
			return record.additionalProperties();
		}

	}
}
