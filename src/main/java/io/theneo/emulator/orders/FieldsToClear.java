package io.theneo.emulator.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.theneo.emulator.orders.OrderDraft.Applied;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;

/**
 * The {@code fields_to_clear} of UpdateOrder: Square's dot paths with uids in brackets, such as {@code discounts},
 * {@code line_items[uid]}, {@code line_items[uid].note} or {@code line_items[uid].applied_discounts[uid]}. They are
 * applied before the sparse order, so one request can clear a list and fill it anew. Removing a discount, tax or
 * service charge also removes every reference to it. A path this server does not know, or a uid the order does not
 * have, is 400 INVALID_VALUE naming the entry of {@code fields_to_clear}.
 */
final class FieldsToClear {

	private record Segment(String name, String uid) {
	}

	private FieldsToClear() {
	}

	static void apply(OrderDraft draft, List<String> paths, Problems problems) {
		if (paths == null) {
			return;
		}
		for (int i = 0; i < paths.size(); i++) {
			String path = paths.get(i);
			String field = "fields_to_clear[" + i + "]";
			List<Segment> segments = path == null ? null : parse(path);
			String problem = segments == null ? "is not a field path" : clear(draft, segments);
			if (problem != null) {
				problems.add(ErrorCode.INVALID_VALUE,
						"`" + ErrorResponses.truncate(String.valueOf(path)) + "` " + problem + ".", field);
			}
		}
	}

	/** {@code a[x].b.c[y]} into (a, x), (b, null), (c, y); null when the path is malformed. */
	private static List<Segment> parse(String path) {
		List<Segment> segments = new ArrayList<>();
		int i = 0;
		while (i < path.length()) {
			int start = i;
			while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
				i++;
			}
			String name = path.substring(start, i);
			if (name.isEmpty()) {
				return null;
			}
			String uid = null;
			if (i < path.length() && path.charAt(i) == '[') {
				int close = path.indexOf(']', i);
				if (close < 0 || close == i + 1) {
					return null;
				}
				uid = path.substring(i + 1, close);
				i = close + 1;
			}
			segments.add(new Segment(name, uid));
			if (i < path.length()) {
				if (path.charAt(i) != '.' || i == path.length() - 1) {
					return null;
				}
				i++;
			}
		}
		return segments.isEmpty() ? null : segments;
	}

	/** Clears what the path names; returns why it cannot, or null. */
	private static String clear(OrderDraft draft, List<Segment> path) {
		Segment head = path.get(0);
		if (path.size() == 1 && head.uid() == null) {
			return clearTopLevel(draft, head.name());
		}
		if (head.uid() == null) {
			return "is not a field this server can clear";
		}
		return switch (head.name()) {
			case "line_items" -> clearInLine(draft, head.uid(), path.subList(1, path.size()));
			case "taxes" -> path.size() > 1 ? "is not a field this server can clear"
					: removeTax(draft, head.uid()) ? null : unknownUid(head.uid());
			case "discounts" -> path.size() > 1 ? "is not a field this server can clear"
					: removeDiscount(draft, head.uid()) ? null : unknownUid(head.uid());
			case "service_charges" -> path.size() > 1 ? "is not a field this server can clear"
					: removeCharge(draft, head.uid()) ? null : unknownUid(head.uid());
			default -> "is not a field this server can clear";
		};
	}

	private static String clearTopLevel(OrderDraft draft, String name) {
		switch (name) {
			case "line_items" -> draft.lines.clear();
			case "taxes" -> new ArrayList<>(draft.taxes).forEach((t) -> removeTax(draft, t.uid));
			case "discounts" -> new ArrayList<>(draft.discounts).forEach((d) -> removeDiscount(draft, d.uid));
			case "service_charges" -> new ArrayList<>(draft.charges).forEach((c) -> removeCharge(draft, c.uid));
			case "customer_id" -> draft.customerId = null;
			case "reference_id" -> draft.referenceId = null;
			case "source" -> draft.sourceName = null;
			default -> {
				return "is not a field this server can clear";
			}
		}
		return null;
	}

	private static String clearInLine(OrderDraft draft, String lineUid, List<Segment> rest) {
		OrderDraft.Line line = draft.line(lineUid);
		if (line == null) {
			return unknownUid(lineUid);
		}
		if (rest.isEmpty()) {
			draft.lines.remove(line);
			return null;
		}
		if (rest.size() > 1) {
			return "is not a field this server can clear";
		}
		Segment field = rest.get(0);
		if (field.uid() != null) {
			boolean removed = switch (field.name()) {
				case "modifiers" -> line.modifiers.removeIf((m) -> m.uid.equals(field.uid()));
				case "applied_taxes" -> line.appliedTaxes.removeIf(named(field.uid()));
				case "applied_discounts" -> line.appliedDiscounts.removeIf(named(field.uid()));
				case "applied_service_charges" -> line.appliedCharges.removeIf(named(field.uid()));
				default -> false;
			};
			boolean knownList = switch (field.name()) {
				case "modifiers", "applied_taxes", "applied_discounts", "applied_service_charges" -> true;
				default -> false;
			};
			return removed ? null : knownList ? unknownUid(field.uid()) : "is not a field this server can clear";
		}
		switch (field.name()) {
			case "name" -> line.name = null;
			case "note" -> line.note = null;
			case "variation_name" -> line.variationName = null;
			case "quantity_unit" -> {
				line.hasUnit = false;
				line.measurementUnit = null;
				line.precision = null;
			}
			case "catalog_object_id" -> {
				line.catalogObjectId = null;
				line.catalogVersion = null;
			}
			case "modifiers" -> line.modifiers.clear();
			case "applied_taxes" -> line.appliedTaxes.clear();
			case "applied_discounts" -> line.appliedDiscounts.clear();
			case "applied_service_charges" -> line.appliedCharges.clear();
			default -> {
				return "is not a field this server can clear";
			}
		}
		return null;
	}

	/** A reference is named by its own uid or by the uid of the entry it refers to. */
	private static Predicate<Applied> named(String uid) {
		return (ref) -> uid.equals(ref.uid()) || uid.equals(ref.target());
	}

	private static boolean removeTax(OrderDraft draft, String uid) {
		boolean removed = draft.taxes.removeIf((t) -> t.uid.equals(uid));
		if (removed) {
			draft.lines.forEach((l) -> l.appliedTaxes.removeIf((ref) -> uid.equals(ref.target())));
			draft.charges.forEach((c) -> c.appliedTaxes.removeIf((ref) -> uid.equals(ref.target())));
		}
		return removed;
	}

	private static boolean removeDiscount(OrderDraft draft, String uid) {
		boolean removed = draft.discounts.removeIf((d) -> d.uid.equals(uid));
		if (removed) {
			draft.lines.forEach((l) -> l.appliedDiscounts.removeIf((ref) -> uid.equals(ref.target())));
		}
		return removed;
	}

	private static boolean removeCharge(OrderDraft draft, String uid) {
		boolean removed = draft.charges.removeIf((c) -> c.uid.equals(uid));
		if (removed) {
			draft.lines.forEach((l) -> l.appliedCharges.removeIf((ref) -> uid.equals(ref.target())));
		}
		return removed;
	}

	private static String unknownUid(String uid) {
		return "names the uid `" + ErrorResponses.truncate(uid) + "`, which the order does not have";
	}

}
