package dev.reactiveai.openai.benchmarks.harness;

import java.util.List;
import java.util.Locale;

/**
 * How the report writes numbers: thousands separated, ratios as {@code 1.23×}, sizes in
 * decimal units (1 MB = 10^6 bytes).
 */
public final class Format {

	private Format() {
	}

	/**
	 * A number with the given decimals.
	 * @param value the number
	 * @param decimals the digits after the point
	 * @return the text
	 */
	public static String number(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

	/**
	 * A ratio {@code value / reference}.
	 * @param value the number
	 * @param reference what it is compared with
	 * @return the text, such as {@code 1.23×}, or {@code –} without a reference
	 */
	public static String ratio(double value, double reference) {
		if (reference == 0 || Double.isNaN(reference) || Double.isNaN(value)) {
			return "–";
		}
		double ratio = value / reference;
		return String.format(Locale.ROOT, (ratio >= 100) ? "%,.0f×" : (ratio >= 10) ? "%.1f×" : "%.2f×", ratio);
	}

	/**
	 * A size in bytes, KB, MB or GB.
	 * @param bytes the size
	 * @return the text
	 */
	public static String bytes(double bytes) {
		double magnitude = Math.abs(bytes);
		if (magnitude >= 1e9) {
			return number(bytes / 1e9, 2) + " GB";
		}
		if (magnitude >= 1e6) {
			return number(bytes / 1e6, 1) + " MB";
		}
		if (magnitude >= 1e3) {
			return number(bytes / 1e3, 1) + " KB";
		}
		return number(bytes, 0) + " B";
	}

	/**
	 * The median of some numbers.
	 * @param values the numbers
	 * @return their median
	 */
	public static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
