package dev.reactiveai.openai.core;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * How much of the answers a client holds in memory: per answer or event, and for all
 * calls together. Immutable; start from {@link #defaults()} and change values with the
 * {@code with..} methods, each of which checks its value.
 *
 * @param maxInMemorySize largest response body or stream event held in memory
 * @param maxInMemoryTotal most bytes of answers and events that all calls of the client
 * hold in memory together; null for a quarter of the JVM's maximum heap
 * @see OpenAiClientOptionsBuilder#memory(java.util.function.UnaryOperator)
 */
public record MemoryOptions(DataSize maxInMemorySize, @Nullable DataSize maxInMemoryTotal) {

	/** Largest response body or stream event held in memory. */
	public static final DataSize DEFAULT_MAX_IN_MEMORY_SIZE = DataSize.ofMegabytes(64);

	private static final MemoryOptions DEFAULTS = new MemoryOptions(DEFAULT_MAX_IN_MEMORY_SIZE, null);

	/**
	 * Checks every value.
	 * @throws InvalidOptionException if a size is out of range
	 */
	public MemoryOptions {
		maxInMemorySize = OptionChecks.size(ClientSetting.MAX_IN_MEMORY_SIZE, maxInMemorySize, Integer.MAX_VALUE,
				"between 1 byte and 2 GB");
		if (maxInMemoryTotal != null) {
			maxInMemoryTotal = OptionChecks.size(ClientSetting.MAX_IN_MEMORY_TOTAL, maxInMemoryTotal, Long.MAX_VALUE,
					"positive");
		}
	}

	/**
	 * The default limits.
	 * @return the defaults
	 */
	public static MemoryOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Most bytes of answers and events that all calls of the client hold in memory
	 * together; by default a quarter of the JVM's maximum heap.
	 * @return the total
	 */
	@Override
	public DataSize maxInMemoryTotal() {
		return (this.maxInMemoryTotal != null) ? this.maxInMemoryTotal
				: DataSize.ofBytes(Runtime.getRuntime().maxMemory() / 4);
	}

	/**
	 * These limits with another largest response body or stream event held in memory.
	 * @param maxInMemorySize the size, between 1 byte and 2 GB
	 * @return the changed limits
	 */
	public MemoryOptions withMaxInMemorySize(DataSize maxInMemorySize) {
		return new MemoryOptions(maxInMemorySize, this.maxInMemoryTotal);
	}

	/**
	 * These limits with another total that all calls of the client hold in memory
	 * together; a call that would go beyond fails.
	 * @param maxInMemoryTotal the total, positive
	 * @return the changed limits
	 */
	public MemoryOptions withMaxInMemoryTotal(DataSize maxInMemoryTotal) {
		return new MemoryOptions(this.maxInMemorySize,
				OptionChecks.size(ClientSetting.MAX_IN_MEMORY_TOTAL, maxInMemoryTotal, Long.MAX_VALUE, "positive"));
	}

}
