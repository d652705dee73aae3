package io.theneo.emulator.catalog;

/** Request and response examples of the OpenAPI document, built around the demo catalog (FIXTURES.md). */
final class CatalogExamples {

	static final String UPSERT_REQUEST = """
			{
			  "idempotency_key": "af3d1afc-7212-4300-b463-0bfc5314a5ae",
			  "object": {
			    "type": "ITEM",
			    "id": "#cocoa",
			    "item_data": {
			      "name": "Cocoa",
			      "description": "Hot chocolate",
			      "variations": [
			        {
			          "type": "ITEM_VARIATION",
			          "id": "#small_cocoa",
			          "item_variation_data": {
			            "item_id": "#cocoa",
			            "name": "Small",
			            "pricing_type": "FIXED_PRICING",
			            "price_money": {"amount": 350, "currency": "USD"}
			          }
			        }
			      ]
			    }
			  }
			}""";

	static final String UPSERT_RESPONSE = """
			{
			  "catalog_object": {
			    "type": "ITEM",
			    "id": "R2E4T6FD2CFUZSYVJSKMZ7GU",
			    "updated_at": "2021-10-20T21:53:10.123Z",
			    "version": 1634766790123,
			    "is_deleted": false,
			    "present_at_all_locations": true,
			    "item_data": {
			      "name": "Cocoa",
			      "description": "Hot chocolate",
			      "variations": [
			        {
			          "type": "ITEM_VARIATION",
			          "id": "QRT53UDXEJBK7K3FV5ZUXBKR",
			          "updated_at": "2021-10-20T21:53:10.123Z",
			          "version": 1634766790123,
			          "is_deleted": false,
			          "present_at_all_locations": true,
			          "item_variation_data": {
			            "item_id": "R2E4T6FD2CFUZSYVJSKMZ7GU",
			            "name": "Small",
			            "ordinal": 0,
			            "pricing_type": "FIXED_PRICING",
			            "price_money": {"amount": 350, "currency": "USD"}
			          }
			        }
			      ]
			    }
			  },
			  "id_mappings": [
			    {"client_object_id": "#cocoa", "object_id": "R2E4T6FD2CFUZSYVJSKMZ7GU"},
			    {"client_object_id": "#small_cocoa", "object_id": "QRT53UDXEJBK7K3FV5ZUXBKR"}
			  ]
			}""";

	static final String BATCH_REQUEST = """
			{
			  "idempotency_key": "789ff020-f723-43a9-b4b5-43b5dc1fa3dc",
			  "batches": [
			    {
			      "objects": [
			        {
			          "type": "TAX",
			          "id": "#city_tax",
			          "tax_data": {"name": "City Tax", "percentage": "1.5", "inclusion_type": "ADDITIVE"}
			        },
			        {
			          "type": "ITEM",
			          "id": "#tea",
			          "item_data": {
			            "name": "Tea",
			            "tax_ids": ["#city_tax"],
			            "variations": [
			              {
			                "type": "ITEM_VARIATION",
			                "id": "#mug",
			                "item_variation_data": {"name": "Mug", "price_money": {"amount": 250, "currency": "USD"}}
			              }
			            ]
			          }
			        }
			      ]
			    }
			  ]
			}""";

	static final String BATCH_RESPONSE = """
			{
			  "objects": [
			    {
			      "type": "TAX",
			      "id": "XHSHLHNWSI3HVI4BW5ZUZXI3",
			      "updated_at": "2021-10-20T21:53:10.123Z",
			      "version": 1634766790123,
			      "is_deleted": false,
			      "present_at_all_locations": true,
			      "tax_data": {
			        "name": "City Tax",
			        "calculation_phase": "TAX_SUBTOTAL_PHASE",
			        "inclusion_type": "ADDITIVE",
			        "percentage": "1.5",
			        "enabled": true
			      }
			    },
			    {
			      "type": "ITEM",
			      "id": "AA27W3M2GGTF3H6AVPNB77CK",
			      "updated_at": "2021-10-20T21:53:10.123Z",
			      "version": 1634766790123,
			      "is_deleted": false,
			      "present_at_all_locations": true,
			      "item_data": {
			        "name": "Tea",
			        "tax_ids": ["XHSHLHNWSI3HVI4BW5ZUZXI3"],
			        "variations": [
			          {
			            "type": "ITEM_VARIATION",
			            "id": "LBTYIHNHU52WOQHWR7P3R2KM",
			            "updated_at": "2021-10-20T21:53:10.123Z",
			            "version": 1634766790123,
			            "is_deleted": false,
			            "present_at_all_locations": true,
			            "item_variation_data": {
			              "item_id": "AA27W3M2GGTF3H6AVPNB77CK",
			              "name": "Mug",
			              "ordinal": 0,
			              "pricing_type": "FIXED_PRICING",
			              "price_money": {"amount": 250, "currency": "USD"}
			            }
			          }
			        ]
			      }
			    }
			  ],
			  "updated_at": "2021-10-20T21:53:10.123Z",
			  "id_mappings": [
			    {"client_object_id": "#city_tax", "object_id": "XHSHLHNWSI3HVI4BW5ZUZXI3"},
			    {"client_object_id": "#tea", "object_id": "AA27W3M2GGTF3H6AVPNB77CK"},
			    {"client_object_id": "#mug", "object_id": "LBTYIHNHU52WOQHWR7P3R2KM"}
			  ]
			}""";

	static final String RETRIEVE_RESPONSE = """
			{
			  "object": {
			    "type": "ITEM_VARIATION",
			    "id": "BEMYCSMIJL46OCDV4KYIKXIB",
			    "updated_at": "2021-10-20T21:53:10.123Z",
			    "version": 1634766790123,
			    "is_deleted": false,
			    "present_at_all_locations": true,
			    "item_variation_data": {
			      "item_id": "RVI7RC9P65X8J7IJRZJRFSIS",
			      "name": "Larger",
			      "sku": "NYS-L",
			      "ordinal": 1,
			      "pricing_type": "FIXED_PRICING",
			      "price_money": {"amount": 2200, "currency": "USD"}
			    }
			  },
			  "related_objects": [
			    {
			      "type": "ITEM",
			      "id": "RVI7RC9P65X8J7IJRZJRFSIS",
			      "updated_at": "2021-10-20T21:53:10.123Z",
			      "version": 1634766790123,
			      "is_deleted": false,
			      "present_at_all_locations": true,
			      "item_data": {
			        "name": "New York Steak",
			        "description": "Grass-fed New York strip steak",
			        "abbreviation": "NYS",
			        "is_taxable": true,
			        "modifier_list_info": [{"modifier_list_id": "DOEH53QIGHF99EQFBJ9PPDW2", "enabled": true, "ordinal": 0}],
			        "variations": [
			          {"type": "ITEM_VARIATION", "id": "DBMJZ1UVN6NHQG9F2KL6RKDG", "updated_at": "2021-10-20T21:53:10.123Z",
			           "version": 1634766790123, "is_deleted": false, "present_at_all_locations": true,
			           "item_variation_data": {"item_id": "RVI7RC9P65X8J7IJRZJRFSIS", "name": "Regular", "sku": "NYS-R",
			             "ordinal": 0, "pricing_type": "FIXED_PRICING", "price_money": {"amount": 1800, "currency": "USD"}}},
			          {"type": "ITEM_VARIATION", "id": "BEMYCSMIJL46OCDV4KYIKXIB", "updated_at": "2021-10-20T21:53:10.123Z",
			           "version": 1634766790123, "is_deleted": false, "present_at_all_locations": true,
			           "item_variation_data": {"item_id": "RVI7RC9P65X8J7IJRZJRFSIS", "name": "Larger", "sku": "NYS-L",
			             "ordinal": 1, "pricing_type": "FIXED_PRICING", "price_money": {"amount": 2200, "currency": "USD"}}}
			        ]
			      }
			    }
			  ]
			}""";

	static final String LIST_RESPONSE = """
			{
			  "objects": [
			    {
			      "type": "DISCOUNT",
			      "id": "DB7L55ZH2BGWI4H23ULIWOQ7",
			      "updated_at": "2021-10-20T21:53:10.123Z",
			      "version": 1634766790123,
			      "is_deleted": false,
			      "present_at_all_locations": true,
			      "discount_data": {
			        "name": "Membership Discount",
			        "discount_type": "FIXED_PERCENTAGE",
			        "percentage": "0.5",
			        "pin_required": false,
			        "modify_tax_basis": "MODIFY_TAX_BASIS"
			      }
			    }
			  ],
			  "cursor": "RFpMNTVaSDJCR1dJNEgyM1VMSVdPUTc.dGhlLXNpZ25hdHVyZQ"
			}""";

	static final String SEARCH_REQUEST = """
			{
			  "object_types": ["ITEM"],
			  "query": {"text_query": {"keywords": ["steak"]}},
			  "include_related_objects": true,
			  "limit": 10
			}""";

	static final String SEARCH_RESPONSE = """
			{
			  "objects": [
			    {
			      "type": "ITEM",
			      "id": "RVI7RC9P65X8J7IJRZJRFSIS",
			      "updated_at": "2021-10-20T21:53:10.123Z",
			      "version": 1634766790123,
			      "is_deleted": false,
			      "present_at_all_locations": true,
			      "item_data": {
			        "name": "New York Steak",
			        "description": "Grass-fed New York strip steak",
			        "abbreviation": "NYS",
			        "is_taxable": true,
			        "modifier_list_info": [{"modifier_list_id": "DOEH53QIGHF99EQFBJ9PPDW2", "enabled": true, "ordinal": 0}],
			        "variations": [
			          {"type": "ITEM_VARIATION", "id": "DBMJZ1UVN6NHQG9F2KL6RKDG", "updated_at": "2021-10-20T21:53:10.123Z",
			           "version": 1634766790123, "is_deleted": false, "present_at_all_locations": true,
			           "item_variation_data": {"item_id": "RVI7RC9P65X8J7IJRZJRFSIS", "name": "Regular", "sku": "NYS-R",
			             "ordinal": 0, "pricing_type": "FIXED_PRICING", "price_money": {"amount": 1800, "currency": "USD"}}},
			          {"type": "ITEM_VARIATION", "id": "BEMYCSMIJL46OCDV4KYIKXIB", "updated_at": "2021-10-20T21:53:10.123Z",
			           "version": 1634766790123, "is_deleted": false, "present_at_all_locations": true,
			           "item_variation_data": {"item_id": "RVI7RC9P65X8J7IJRZJRFSIS", "name": "Larger", "sku": "NYS-L",
			             "ordinal": 1, "pricing_type": "FIXED_PRICING", "price_money": {"amount": 2200, "currency": "USD"}}}
			        ]
			      }
			    }
			  ],
			  "related_objects": [
			    {
			      "type": "MODIFIER_LIST",
			      "id": "DOEH53QIGHF99EQFBJ9PPDW2",
			      "updated_at": "2021-10-20T21:53:10.123Z",
			      "version": 1634766790123,
			      "is_deleted": false,
			      "present_at_all_locations": true,
			      "modifier_list_data": {"name": "Steak temperature", "ordinal": 0, "selection_type": "SINGLE",
			        "modifiers": [
			        {"type": "MODIFIER", "id": "W44KPMC2WQOJA3BKDYMLM0YB", "updated_at": "2021-10-20T21:53:10.123Z",
			         "version": 1634766790123, "is_deleted": false, "present_at_all_locations": true,
			         "modifier_data": {"name": "Medium rare", "price_money": {"amount": 0, "currency": "USD"},
			           "on_by_default": true, "ordinal": 0, "modifier_list_id": "DOEH53QIGHF99EQFBJ9PPDW2"}},
			        {"type": "MODIFIER", "id": "CHQX7Y4KY6N5KINJKZCFURPZ", "updated_at": "2021-10-20T21:53:10.123Z",
			         "version": 1634766790123, "is_deleted": false, "present_at_all_locations": true,
			         "modifier_data": {"name": "Well", "price_money": {"amount": 50, "currency": "USD"},
			           "on_by_default": false, "ordinal": 1, "modifier_list_id": "DOEH53QIGHF99EQFBJ9PPDW2"}}]}
			    }
			  ]
			}""";

	static final String DELETE_RESPONSE = """
			{
			  "deleted_object_ids": ["RVI7RC9P65X8J7IJRZJRFSIS", "DBMJZ1UVN6NHQG9F2KL6RKDG", "BEMYCSMIJL46OCDV4KYIKXIB"],
			  "deleted_at": "2021-10-20T21:53:10.123Z"
			}""";

	private CatalogExamples() {
	}

}
