package dev.reactiveai.openai.samples.chat.search;

import java.util.List;

/**
 * A short document to search.
 *
 * @param title its title
 * @param text its text
 */
record Document(String title, String text) {

	/**
	 * The documents the sample searches: short, on unrelated subjects, so that the
	 * ranking is easy to judge.
	 */
	static final List<Document> ALL = List.of(
			new Document("Photosynthesis",
					"Green plants turn sunlight, water and carbon dioxide into sugar and oxygen in their leaves."),
			new Document("Espresso",
					"Espresso is coffee brewed by forcing hot water through finely ground beans at high pressure."),
			new Document("Tides",
					"Ocean tides rise and fall about twice a day, pulled mostly by the gravity of the moon."),
			new Document("Backpressure",
					"In reactive streams a subscriber requests only as many items as it can handle, "
							+ "so a fast producer cannot overwhelm a slow consumer."),
			new Document("Sourdough",
					"Sourdough bread rises with wild yeast and lactic acid bacteria kept alive in a starter "
							+ "of flour and water."),
			new Document("Volcanoes",
					"A volcano erupts when molten rock, gas and ash escape through an opening in the crust of the earth."),
			new Document("Marathon",
					"A marathon is a running race of 42.195 kilometres, named after the legend of a messenger "
							+ "who ran to Athens."),
			new Document("Honeybees",
					"Honeybees dance to tell the hive the direction and distance of flowers " + "rich in nectar."));

}
