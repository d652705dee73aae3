package io.theneo.emulator.orders;

import org.springframework.stereotype.Component;

import io.theneo.emulator.web.ApiException;

/**
 * Fills what a draft's catalog references stand for. Until the catalog feature is part of this build, no catalog
 * object exists, so every reference is reported as not found.
 */
@Component
class CatalogResolver {

	/**
	 * @param refresh take the catalog's current values over the draft's (clone), and keep the draft's where the
	 * object is gone; otherwise the catalog fills only what the draft leaves out, and an unknown id is an error
	 */
	void resolve(long accountId, OrderDraft draft, Problems problems, boolean refresh) {
		if (refresh) {
			return;
		}
		for (OrderDraft.Line line : draft.lines) {
			if (line.resolve && line.catalogObjectId != null) {
				problems.add(notFound(line.catalogObjectId, line.path + ".catalog_object_id"));
			}
			for (OrderDraft.Modifier m : line.modifiers) {
				if (m.resolve && m.catalogObjectId != null) {
					problems.add(notFound(m.catalogObjectId, m.path + ".catalog_object_id"));
				}
			}
		}
		for (OrderDraft.Tax t : draft.taxes) {
			if (t.resolve && t.catalogObjectId != null) {
				problems.add(notFound(t.catalogObjectId, t.path + ".catalog_object_id"));
			}
		}
		for (OrderDraft.Discount d : draft.discounts) {
			if (d.resolve && d.catalogObjectId != null) {
				problems.add(notFound(d.catalogObjectId, d.path + ".catalog_object_id"));
			}
		}
	}

	private static ApiException notFound(String id, String field) {
		return ApiException.referenceNotFound("Catalog object", id, field);
	}

}
