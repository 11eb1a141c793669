// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RunStreamEvent.Deserializer.class)
public sealed interface RunStreamEvent extends AssistantStreamEvent
		permits RunStreamEvent.ThreadRunCreated, RunStreamEvent.ThreadRunQueued, RunStreamEvent.ThreadRunInProgress,
		RunStreamEvent.ThreadRunRequiresAction, RunStreamEvent.ThreadRunCompleted, RunStreamEvent.ThreadRunIncomplete,
		RunStreamEvent.ThreadRunFailed, RunStreamEvent.ThreadRunCancelling, RunStreamEvent.ThreadRunCancelled,
		RunStreamEvent.ThreadRunExpired, RunStreamEvent.Unknown {

	/**
	 * Occurs when a new [run](/docs/api-reference/runs/object) is created.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunCreated(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunCreated {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunCreated}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunCreated}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.created";
			}

			private Builder(ThreadRunCreated source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunCreated build() {
				return new ThreadRunCreated(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) moves to a `queued` status.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunQueued(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunQueued {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunQueued}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunQueued}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.queued";
			}

			private Builder(ThreadRunQueued source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunQueued build() {
				return new ThreadRunQueued(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) moves to an `in_progress`
	 * status.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunInProgress(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunInProgress {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunInProgress}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunInProgress}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.in_progress";
			}

			private Builder(ThreadRunInProgress source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunInProgress build() {
				return new ThreadRunInProgress(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) moves to a `requires_action`
	 * status.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunRequiresAction(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunRequiresAction {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunRequiresAction}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunRequiresAction}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.requires_action";
			}

			private Builder(ThreadRunRequiresAction source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunRequiresAction build() {
				return new ThreadRunRequiresAction(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) is completed.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunCompleted(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunCompleted {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunCompleted}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunCompleted}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.completed";
			}

			private Builder(ThreadRunCompleted source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunCompleted build() {
				return new ThreadRunCompleted(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) ends with status `incomplete`.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunIncomplete(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunIncomplete {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunIncomplete}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunIncomplete}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.incomplete";
			}

			private Builder(ThreadRunIncomplete source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunIncomplete build() {
				return new ThreadRunIncomplete(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) fails.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunFailed(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunFailed {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunFailed}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunFailed}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.failed";
			}

			private Builder(ThreadRunFailed source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunFailed build() {
				return new ThreadRunFailed(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) moves to a `cancelling`
	 * status.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunCancelling(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunCancelling {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunCancelling}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunCancelling}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.cancelling";
			}

			private Builder(ThreadRunCancelling source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunCancelling build() {
				return new ThreadRunCancelling(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) is cancelled.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunCancelled(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunCancelled {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunCancelled}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunCancelled}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.cancelled";
			}

			private Builder(ThreadRunCancelled source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunCancelled build() {
				return new ThreadRunCancelled(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [run](/docs/api-reference/runs/object) expires.
	 *
	 * @param event the {@code event} property
	 * @param data Represents an execution run on a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadRunExpired(@JsonProperty("event") String event, @JsonProperty("data") RunObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		public ThreadRunExpired {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadRunExpired}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link ThreadRunExpired}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.expired";
			}

			private Builder(ThreadRunExpired source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents an execution run on a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunObject data) {
				this.data = data;
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
			public ThreadRunExpired build() {
				return new ThreadRunExpired(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * A {@link RunStreamEvent} that this version of the client does not recognize, kept
	 * as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RunStreamEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link RunStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RunStreamEvent> {

		public Deserializer() {
			super(UnionDeserializer.<RunStreamEvent>variants(Unknown::new)
				.discriminator("event")
				.object(ThreadRunCreated.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.created"))
				.object(ThreadRunQueued.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.queued"))
				.object(ThreadRunInProgress.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.in_progress"))
				.object(ThreadRunRequiresAction.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.requires_action"))
				.object(ThreadRunCompleted.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.completed"))
				.object(ThreadRunIncomplete.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.incomplete"))
				.object(ThreadRunFailed.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.failed"))
				.object(ThreadRunCancelling.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.cancelling"))
				.object(ThreadRunCancelled.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.cancelled"))
				.object(ThreadRunExpired.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.expired")));
		}

	}

}
