package dev.reactiveai.openai.benchmarks.harness;

import java.util.List;
import java.util.Map;

/**
 * One row of the report: what it measured, as a table, and the raw figures behind the
 * table, by name, for the targets and for the smoke test's check that every row produced
 * numbers.
 *
 * @param title the section's title
 * @param description what the row measures and how, in Markdown
 * @param header the table's column names
 * @param rows the table's cells
 * @param notes remarks under the table, in Markdown
 * @param figures the measured numbers, by name
 */
public record RowResult(String title, String description, List<String> header, List<List<String>> rows,
		List<String> notes, Map<String, Double> figures) {

	/**
	 * A measured number.
	 * @param name its name
	 * @return the number
	 */
	public double figure(String name) {
		Double value = this.figures.get(name);
		if (value == null) {
			throw new IllegalArgumentException("No figure " + name + " in " + this.title);
		}
		return value;
	}

}
