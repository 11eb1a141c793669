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
 * The aggregated vector stores usage details of the specific time bucket.
 *
 * @param object Always {@code organization.usage.vector_stores.result}.
 * @param usageBytes The vector stores usage in bytes.
 * @param projectId When {@code group_by=project_id}, this field provides the project ID
 * of the grouped usage result.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UsageVectorStoresResult.Reader.class)
public record UsageVectorStoresResult(@JsonProperty("object") String object,
		@JsonProperty("usage_bytes") Long usageBytes, @JsonProperty("project_id") @Nullable String projectId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements UsageTimeBucket.ResultItem {

	/**
	 * Creates a {@link UsageVectorStoresResult}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object Always {@code organization.usage.vector_stores.result}.
	 * @param usageBytes The vector stores usage in bytes.
	 * @param projectId When {@code group_by=project_id}, this field provides the project
	 * ID of the grouped usage result.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UsageVectorStoresResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UsageVectorStoresResult}.
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
	 * Builds a {@link UsageVectorStoresResult}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Long usageBytes;

		private @Nullable String projectId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.usage.vector_stores.result";
		}

		private Builder(UsageVectorStoresResult source) {
			this.object = source.object();
			this.usageBytes = source.usageBytes();
			this.projectId = source.projectId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The vector stores usage in bytes.
		 * @param usageBytes the value (required)
		 * @return this builder
		 */
		public Builder usageBytes(@Nullable Long usageBytes) {
			this.usageBytes = usageBytes;
			return this;
		}

		/**
		 * When {@code group_by=project_id}, this field provides the project ID of the
		 * grouped usage result.
		 * @param projectId the value
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
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
		public UsageVectorStoresResult build() {
			return new UsageVectorStoresResult(this.object,
					Objects.requireNonNull(this.usageBytes, "'usageBytes' is required"), this.projectId,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UsageVectorStoresResult} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UsageVectorStoresResult> {

		Reader() {
			super(UsageVectorStoresResult.class, "object", "usage_bytes", "project_id");
		}

		@Override
		protected UsageVectorStoresResult create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UsageVectorStoresResult((String) values[0], (Long) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link UsageVectorStoresResult} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UsageVectorStoresResult> {

		Writer() {
			super(UsageVectorStoresResult.class, "object", "usage_bytes", "project_id");
		}

		@Override
		protected @Nullable Object value(UsageVectorStoresResult record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.usageBytes();
				case 2 -> record.projectId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UsageVectorStoresResult record) {
			return record.additionalProperties();
		}

	}
}
