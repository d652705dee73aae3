package io.theneo.emulator.orders;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.orders.OrderDraft.Applied;
import io.theneo.emulator.web.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Square's dot paths with uids in brackets, applied to a draft without a server. */
class FieldsToClearTest {

	private static OrderDraft draft() {
		OrderDraft draft = new OrderDraft();
		draft.referenceId = "ref";
		OrderDraft.Discount d = new OrderDraft.Discount();
		d.uid = "d.1";
		draft.discounts.add(d);
		OrderDraft.Line line = new OrderDraft.Line();
		line.uid = "line.with.dots";
		line.note = "note";
		line.appliedDiscounts.add(new Applied("ref-1", "d.1", true));
		draft.lines.add(line);
		return draft;
	}

	private static void clear(OrderDraft draft, String... paths) {
		Problems problems = new Problems();
		FieldsToClear.apply(draft, List.of(paths), problems);
		problems.throwIfAny();
	}

	@Test
	void uidsMayHoldDots() {
		OrderDraft draft = draft();
		clear(draft, "line_items[line.with.dots].note");
		assertThat(draft.lines.get(0).note).isNull();
	}

	@Test
	void aReferenceIsNamedByItsUidOrByWhatItRefersTo() {
		OrderDraft byUid = draft();
		clear(byUid, "line_items[line.with.dots].applied_discounts[ref-1]");
		assertThat(byUid.lines.get(0).appliedDiscounts).isEmpty();
		OrderDraft byTarget = draft();
		clear(byTarget, "line_items[line.with.dots].applied_discounts[d.1]");
		assertThat(byTarget.lines.get(0).appliedDiscounts).isEmpty();
	}

	@Test
	void removingADiscountRemovesTheReferencesToIt() {
		OrderDraft draft = draft();
		clear(draft, "discounts[d.1]", "reference_id");
		assertThat(draft.discounts).isEmpty();
		assertThat(draft.lines.get(0).appliedDiscounts).isEmpty();
		assertThat(draft.referenceId).isNull();
	}

	@Test
	void malformedPathsAndUnknownUidsNameTheirEntry() {
		for (String path : List.of("", ".", "line_items[]", "line_items[x", "line_items.", "discounts[d.1].name",
				"line_items[nope]", "line_items[line.with.dots].quantity", "state", "line_items[line.with.dots].x[y]")) {
			assertThatThrownBy(() -> clear(draft(), "reference_id", path)).isInstanceOfSatisfying(ApiException.class,
					(ex) -> assertThat(ex.errors()).singleElement()
						.satisfies((e) -> assertThat(e.field()).isEqualTo("fields_to_clear[1]")));
		}
	}

}
