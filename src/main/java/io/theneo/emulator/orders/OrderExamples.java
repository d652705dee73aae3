package io.theneo.emulator.orders;

/**
 * Request and response examples of the OpenAPI document: the demo site's order examples (seed 001) and, for the
 * endpoints it does not show, examples built on the same fixture orders.
 */
final class OrderExamples {

	/** The demo's "Create order" request. */
	static final String CREATE_REQUEST = """
			{
			  "idempotency_key": "8193148c-9586-11e6-99f9-28cfe92138cf",
			  "order": {
			    "reference_id": "my-order-001",
			    "location_id": "057P5VYJ4A5X1",
			    "line_items": [
			      {
			        "name": "Best API Doc platform",
			        "quantity": "1",
			        "base_price_money": {
			          "amount": 1599,
			          "currency": "USD"
			        }
			      },
			      {
			        "quantity": "2",
			        "catalog_object_id": "BEMYCSMIJL46OCDV4KYIKXIB",
			        "modifiers": [
			          {
			            "catalog_object_id": "CHQX7Y4KY6N5KINJKZCFURPZ"
			          }
			        ],
			        "applied_discounts": [
			          {
			            "discount_uid": "one-dollar-off"
			          }
			        ]
			      }
			    ],
			    "taxes": [
			      {
			        "uid": "state-sales-tax",
			        "name": "State Sales Tax",
			        "percentage": "9",
			        "scope": "ORDER"
			      }
			    ],
			    "discounts": [
			      {
			        "uid": "labor-day-sale",
			        "name": "Labor Day Sale",
			        "percentage": "5",
			        "scope": "ORDER"
			      },
			      {
			        "uid": "membership-discount",
			        "catalog_object_id": "DB7L55ZH2BGWI4H23ULIWOQ7",
			        "scope": "ORDER"
			      },
			      {
			        "uid": "one-dollar-off",
			        "name": "Sale - $1.00 off",
			        "amount_money": {
			          "amount": 100,
			          "currency": "USD"
			        },
			        "scope": "LINE_ITEM"
			      }
			    ]
			  }
			}""";

	/** The demo's "Create order" answer. */
	static final String CREATE_RESPONSE = """
			{
			  "order": {
			    "id": "CAISENgvlJ6jLWAzERDzjyHVybY",
			    "location_id": "057P5VYJ4A5X1",
			    "line_items": [
			      {
			        "uid": "8uSwfzvUImn3IRrvciqlXC",
			        "name": "Best API Doc platform",
			        "quantity": "1",
			        "applied_taxes": [
			          {
			            "uid": "aKG87ArnDpvMLSZJHxWUl",
			            "tax_uid": "state-sales-tax",
			            "applied_money": {
			              "amount": 136,
			              "currency": "USD"
			            }
			          }
			        ],
			        "applied_discounts": [
			          {
			            "uid": "jWdgP1TpHPFBuVrz81mXVC",
			            "discount_uid": "membership-discount",
			            "applied_money": {
			              "amount": 8,
			              "currency": "USD"
			            }
			          },
			          {
			            "uid": "jnZOjjVY57eRcQAVgEwFuC",
			            "discount_uid": "labor-day-sale",
			            "applied_money": {
			              "amount": 79,
			              "currency": "USD"
			            }
			          }
			        ],
			        "base_price_money": {
			          "amount": 1599,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 1599,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 136,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 87,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 1648,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 1599,
			          "currency": "USD"
			        }
			      },
			      {
			        "uid": "v8ZuEXpOJpb0bazLuvrLDB",
			        "name": "New York Steak",
			        "quantity": "2",
			        "catalog_object_id": "BEMYCSMIJL46OCDV4KYIKXIB",
			        "variation_name": "Larger",
			        "modifiers": [
			          {
			            "uid": "Lo3qMMckDluu9Qsb58d4CC",
			            "catalog_object_id": "CHQX7Y4KY6N5KINJKZCFURPZ",
			            "name": "Well",
			            "base_price_money": {
			              "amount": 50,
			              "currency": "USD"
			            },
			            "total_price_money": {
			              "amount": 100,
			              "currency": "USD"
			            }
			          }
			        ],
			        "applied_taxes": [
			          {
			            "uid": "v1dAgrfUVUPTnVTf9sRPz",
			            "tax_uid": "state-sales-tax",
			            "applied_money": {
			              "amount": 374,
			              "currency": "USD"
			            }
			          }
			        ],
			        "applied_discounts": [
			          {
			            "uid": "nUXvdsIItfKko0dbYtY58C",
			            "discount_uid": "membership-discount",
			            "applied_money": {
			              "amount": 22,
			              "currency": "USD"
			            }
			          },
			          {
			            "uid": "qSdkOOOernlVQqsJ94SPjB",
			            "discount_uid": "labor-day-sale",
			            "applied_money": {
			              "amount": 224,
			              "currency": "USD"
			            }
			          },
			          {
			            "uid": "y7bVl4njrWAnfDwmz19izB",
			            "discount_uid": "one-dollar-off",
			            "applied_money": {
			              "amount": 100,
			              "currency": "USD"
			            }
			          }
			        ],
			        "base_price_money": {
			          "amount": 2200,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 4500,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 374,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 346,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 4528,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 4400,
			          "currency": "USD"
			        }
			      }
			    ],
			    "taxes": [
			      {
			        "uid": "state-sales-tax",
			        "name": "State Sales Tax",
			        "type": "ADDITIVE",
			        "percentage": "9",
			        "applied_money": {
			          "amount": 510,
			          "currency": "USD"
			        },
			        "scope": "ORDER"
			      }
			    ],
			    "discounts": [
			      {
			        "uid": "membership-discount",
			        "catalog_object_id": "DB7L55ZH2BGWI4H23ULIWOQ7",
			        "name": "Membership Discount",
			        "type": "FIXED_PERCENTAGE",
			        "percentage": "0.5",
			        "applied_money": {
			          "amount": 30,
			          "currency": "USD"
			        },
			        "scope": "ORDER"
			      },
			      {
			        "uid": "labor-day-sale",
			        "name": "Labor Day Sale",
			        "type": "FIXED_PERCENTAGE",
			        "percentage": "5",
			        "applied_money": {
			          "amount": 303,
			          "currency": "USD"
			        },
			        "scope": "ORDER"
			      },
			      {
			        "uid": "one-dollar-off",
			        "name": "Sale - $1.00 off",
			        "type": "FIXED_AMOUNT",
			        "amount_money": {
			          "amount": 100,
			          "currency": "USD"
			        },
			        "applied_money": {
			          "amount": 100,
			          "currency": "USD"
			        },
			        "scope": "LINE_ITEM"
			      }
			    ],
			    "created_at": "2020-01-17T20:47:53.293Z",
			    "updated_at": "2020-01-17T20:47:53.293Z",
			    "state": "OPEN",
			    "version": 1,
			    "reference_id": "my-order-001",
			    "total_money": {
			      "amount": 6176,
			      "currency": "USD"
			    },
			    "total_tax_money": {
			      "amount": 510,
			      "currency": "USD"
			    },
			    "total_discount_money": {
			      "amount": 433,
			      "currency": "USD"
			    },
			    "total_tip_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_service_charge_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "net_amounts": {
			      "total_money": {
			        "amount": 6176,
			        "currency": "USD"
			      },
			      "tax_money": {
			        "amount": 510,
			        "currency": "USD"
			      },
			      "discount_money": {
			        "amount": 433,
			        "currency": "USD"
			      },
			      "tip_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "service_charge_money": {
			        "amount": 0,
			        "currency": "USD"
			      }
			    },
			    "source": {
			      "name": "My App"
			    }
			  }
			}""";

	/** The demo's "Update order" request. */
	static final String UPDATE_REQUEST = """
			{
			  "idempotency_key": "UNIQUE_STRING",
			  "order": {
			    "version": 1,
			    "line_items": [
			      {
			        "uid": "cookie_uid",
			        "quantity": "2",
			        "name": "COOKIE",
			        "base_price_money": {
			          "amount": 200,
			          "currency": "USD"
			        }
			      }
			    ]
			  },
			  "fields_to_clear": [
			    "discounts"
			  ]
			}""";

	/** The demo's "Update order" answer. */
	static final String UPDATE_RESPONSE = """
			{
			  "order": {
			    "version": 2,
			    "total_money": {
			      "currency": "USD",
			      "amount": 900
			    },
			    "source": {
			      "name": "Cookies"
			    },
			    "line_items": [
			      {
			        "total_tax_money": {
			          "currency": "USD",
			          "amount": 0
			        },
			        "total_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "base_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "quantity": "1",
			        "total_discount_money": {
			          "currency": "USD",
			          "amount": 0
			        },
			        "name": "Small Coffee",
			        "uid": "EuYkakhmu3ksHIds5Hiot",
			        "variation_total_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        }
			      },
			      {
			        "total_money": {
			          "amount": 400,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "currency": "USD",
			          "amount": 400
			        },
			        "total_tax_money": {
			          "currency": "USD",
			          "amount": 0
			        },
			        "variation_total_price_money": {
			          "currency": "USD",
			          "amount": 400
			        },
			        "name": "COOKIE",
			        "uid": "cookie_uid",
			        "base_price_money": {
			          "amount": 200,
			          "currency": "USD"
			        },
			        "quantity": "2",
			        "total_discount_money": {
			          "amount": 0,
			          "currency": "USD"
			        }
			      }
			    ],
			    "state": "OPEN",
			    "total_service_charge_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "id": "DREk7wJcyXNHqULq8JJ2iPAsluJZY",
			    "location_id": "MXVQSVNDGN3C8",
			    "total_tax_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "created_at": "2019-08-23T18:26:18.243Z",
			    "total_discount_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "net_amounts": {
			      "service_charge_money": {
			        "currency": "USD",
			        "amount": 0
			      },
			      "total_money": {
			        "amount": 900,
			        "currency": "USD"
			      },
			      "discount_money": {
			        "currency": "USD",
			        "amount": 0
			      },
			      "tax_money": {
			        "currency": "USD",
			        "amount": 0
			      }
			    },
			    "updated_at": "2019-08-23T18:33:47.523Z"
			  }
			}""";

	/** The demo's "Retrieve order" answer. */
	static final String RETRIEVE_RESPONSE = """
			{
			  "order": {
			    "id": "CAISENgvlJ6jLWAzERDzjyHVybY",
			    "location_id": "D7AVYMEAPJ3A3",
			    "line_items": [
			      {
			        "uid": "ULkg0tQTRK2bkU9fNv3IJD",
			        "quantity": "1",
			        "name": "Item 1",
			        "base_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 250,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 250,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "9zr9S4dxvPAixvn0lpa1VC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			            "applied_money": {
			              "amount": 250,
			              "currency": "USD"
			            }
			          }
			        ]
			      },
			      {
			        "uid": "mumY8Nun4BC5aKe2yyx5a",
			        "quantity": "2",
			        "name": "Item 2",
			        "base_price_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 600,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 600,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "qa8LwwZK82FgSEkQc2HYVC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			            "applied_money": {
			              "amount": 300,
			              "currency": "USD"
			            }
			          }
			        ]
			      }
			    ],
			    "discounts": [
			      {
			        "uid": "zGsRZP69aqSSR9lq9euSPB",
			        "name": "50% Off",
			        "percentage": "50",
			        "applied_money": {
			          "amount": 550,
			          "currency": "USD"
			        },
			        "type": "FIXED_PERCENTAGE",
			        "scope": "ORDER"
			      }
			    ],
			    "created_at": "2020-05-18T16:30:49.614Z",
			    "updated_at": "2020-05-18T16:30:49.614Z",
			    "state": "OPEN",
			    "version": 1,
			    "total_tax_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_discount_money": {
			      "amount": 550,
			      "currency": "USD"
			    },
			    "total_tip_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_money": {
			      "amount": 550,
			      "currency": "USD"
			    },
			    "total_service_charge_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "net_amounts": {
			      "total_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "tax_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "discount_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "tip_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "service_charge_money": {
			        "amount": 0,
			        "currency": "USD"
			      }
			    }
			  }
			}""";

	/** Two fixture orders, one at another location. */
	static final String BATCH_REQUEST = """
			{
			  "order_ids": [
			    "CAISENgvlJ6jLWAzERDzjyHVybY",
			    "DREk7wJcyXNHqULq8JJ2iPAsluJZY"
			  ],
			  "location_id": "D7AVYMEAPJ3A3"
			}""";

	/** What the batch answers with location_id D7AVYMEAPJ3A3. */
	static final String BATCH_RESPONSE = """
			{
			  "orders": [
			    {
			      "id": "CAISENgvlJ6jLWAzERDzjyHVybY",
			      "location_id": "D7AVYMEAPJ3A3",
			      "line_items": [
			        {
			          "uid": "ULkg0tQTRK2bkU9fNv3IJD",
			          "quantity": "1",
			          "name": "Item 1",
			          "base_price_money": {
			            "amount": 500,
			            "currency": "USD"
			          },
			          "gross_sales_money": {
			            "amount": 500,
			            "currency": "USD"
			          },
			          "total_tax_money": {
			            "amount": 0,
			            "currency": "USD"
			          },
			          "total_discount_money": {
			            "amount": 250,
			            "currency": "USD"
			          },
			          "total_money": {
			            "amount": 250,
			            "currency": "USD"
			          },
			          "variation_total_price_money": {
			            "amount": 500,
			            "currency": "USD"
			          },
			          "applied_discounts": [
			            {
			              "uid": "9zr9S4dxvPAixvn0lpa1VC",
			              "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			              "applied_money": {
			                "amount": 250,
			                "currency": "USD"
			              }
			            }
			          ]
			        },
			        {
			          "uid": "mumY8Nun4BC5aKe2yyx5a",
			          "quantity": "2",
			          "name": "Item 2",
			          "base_price_money": {
			            "amount": 300,
			            "currency": "USD"
			          },
			          "gross_sales_money": {
			            "amount": 600,
			            "currency": "USD"
			          },
			          "total_tax_money": {
			            "amount": 0,
			            "currency": "USD"
			          },
			          "total_discount_money": {
			            "amount": 300,
			            "currency": "USD"
			          },
			          "total_money": {
			            "amount": 300,
			            "currency": "USD"
			          },
			          "variation_total_price_money": {
			            "amount": 600,
			            "currency": "USD"
			          },
			          "applied_discounts": [
			            {
			              "uid": "qa8LwwZK82FgSEkQc2HYVC",
			              "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			              "applied_money": {
			                "amount": 300,
			                "currency": "USD"
			              }
			            }
			          ]
			        }
			      ],
			      "discounts": [
			        {
			          "uid": "zGsRZP69aqSSR9lq9euSPB",
			          "name": "50% Off",
			          "percentage": "50",
			          "applied_money": {
			            "amount": 550,
			            "currency": "USD"
			          },
			          "type": "FIXED_PERCENTAGE",
			          "scope": "ORDER"
			        }
			      ],
			      "created_at": "2020-05-18T16:30:49.614Z",
			      "updated_at": "2020-05-18T16:30:49.614Z",
			      "state": "OPEN",
			      "version": 1,
			      "total_tax_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "total_discount_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "total_tip_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "total_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "total_service_charge_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "net_amounts": {
			        "total_money": {
			          "amount": 550,
			          "currency": "USD"
			        },
			        "tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "discount_money": {
			          "amount": 550,
			          "currency": "USD"
			        },
			        "tip_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "service_charge_money": {
			          "amount": 0,
			          "currency": "USD"
			        }
			      }
			    }
			  ]
			}""";

	/** Open orders of 2020 at the "Retrieve order" location, as entries. */
	static final String SEARCH_REQUEST = """
			{
			  "location_ids": [
			    "D7AVYMEAPJ3A3"
			  ],
			  "query": {
			    "filter": {
			      "state_filter": {
			        "states": [
			          "OPEN"
			        ]
			      },
			      "date_time_filter": {
			        "created_at": {
			          "start_at": "2020-01-01T00:00:00Z",
			          "end_at": "2020-12-31T23:59:59Z"
			        }
			      }
			    },
			    "sort": {
			      "sort_field": "CREATED_AT",
			      "sort_order": "DESC"
			    }
			  },
			  "limit": 10,
			  "return_entries": true
			}""";

	/** The fixture order that matches. */
	static final String SEARCH_RESPONSE = """
			{
			  "order_entries": [
			    {
			      "order_id": "CAISENgvlJ6jLWAzERDzjyHVybY",
			      "version": 1,
			      "location_id": "D7AVYMEAPJ3A3"
			    }
			  ]
			}""";

	/** The "Retrieve order" fixture, to be priced (with the uids its lines' discount references should get). */
	static final String CALCULATE_REQUEST = """
			{
			  "order": {
			    "location_id": "D7AVYMEAPJ3A3",
			    "line_items": [
			      {
			        "uid": "ULkg0tQTRK2bkU9fNv3IJD",
			        "name": "Item 1",
			        "quantity": "1",
			        "base_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "9zr9S4dxvPAixvn0lpa1VC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB"
			          }
			        ]
			      },
			      {
			        "uid": "mumY8Nun4BC5aKe2yyx5a",
			        "name": "Item 2",
			        "quantity": "2",
			        "base_price_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "qa8LwwZK82FgSEkQc2HYVC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB"
			          }
			        ]
			      }
			    ],
			    "discounts": [
			      {
			        "uid": "zGsRZP69aqSSR9lq9euSPB",
			        "name": "50% Off",
			        "percentage": "50",
			        "scope": "ORDER"
			      }
			    ]
			  }
			}""";

	/** Its money, nothing stored. */
	static final String CALCULATE_RESPONSE = """
			{
			  "order": {
			    "location_id": "D7AVYMEAPJ3A3",
			    "line_items": [
			      {
			        "uid": "ULkg0tQTRK2bkU9fNv3IJD",
			        "quantity": "1",
			        "name": "Item 1",
			        "base_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 250,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 250,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "9zr9S4dxvPAixvn0lpa1VC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			            "applied_money": {
			              "amount": 250,
			              "currency": "USD"
			            }
			          }
			        ]
			      },
			      {
			        "uid": "mumY8Nun4BC5aKe2yyx5a",
			        "quantity": "2",
			        "name": "Item 2",
			        "base_price_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 600,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 600,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "qa8LwwZK82FgSEkQc2HYVC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			            "applied_money": {
			              "amount": 300,
			              "currency": "USD"
			            }
			          }
			        ]
			      }
			    ],
			    "discounts": [
			      {
			        "uid": "zGsRZP69aqSSR9lq9euSPB",
			        "name": "50% Off",
			        "percentage": "50",
			        "applied_money": {
			          "amount": 550,
			          "currency": "USD"
			        },
			        "type": "FIXED_PERCENTAGE",
			        "scope": "ORDER"
			      }
			    ],
			    "state": "OPEN",
			    "total_tax_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_discount_money": {
			      "amount": 550,
			      "currency": "USD"
			    },
			    "total_tip_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_money": {
			      "amount": 550,
			      "currency": "USD"
			    },
			    "total_service_charge_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "net_amounts": {
			      "total_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "tax_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "discount_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "tip_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "service_charge_money": {
			        "amount": 0,
			        "currency": "USD"
			      }
			    },
			    "source": {
			      "name": "My App"
			    }
			  }
			}""";

	/** A DRAFT copy of the "Retrieve order" fixture. */
	static final String CLONE_RESPONSE = """
			{
			  "order": {
			    "id": "Pw2Pq0OaQ9nH8lFc8pe7Xq4Xr3YZY",
			    "location_id": "D7AVYMEAPJ3A3",
			    "line_items": [
			      {
			        "uid": "ULkg0tQTRK2bkU9fNv3IJD",
			        "quantity": "1",
			        "name": "Item 1",
			        "base_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 250,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 250,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "9zr9S4dxvPAixvn0lpa1VC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			            "applied_money": {
			              "amount": 250,
			              "currency": "USD"
			            }
			          }
			        ]
			      },
			      {
			        "uid": "mumY8Nun4BC5aKe2yyx5a",
			        "quantity": "2",
			        "name": "Item 2",
			        "base_price_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 600,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 600,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "qa8LwwZK82FgSEkQc2HYVC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			            "applied_money": {
			              "amount": 300,
			              "currency": "USD"
			            }
			          }
			        ]
			      }
			    ],
			    "discounts": [
			      {
			        "uid": "zGsRZP69aqSSR9lq9euSPB",
			        "name": "50% Off",
			        "percentage": "50",
			        "applied_money": {
			          "amount": 550,
			          "currency": "USD"
			        },
			        "type": "FIXED_PERCENTAGE",
			        "scope": "ORDER"
			      }
			    ],
			    "created_at": "2021-10-20T21:53:10.123Z",
			    "updated_at": "2021-10-20T21:53:10.123Z",
			    "state": "DRAFT",
			    "version": 1,
			    "total_tax_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_discount_money": {
			      "amount": 550,
			      "currency": "USD"
			    },
			    "total_tip_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_money": {
			      "amount": 550,
			      "currency": "USD"
			    },
			    "total_service_charge_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "net_amounts": {
			      "total_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "tax_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "discount_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "tip_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "service_charge_money": {
			        "amount": 0,
			        "currency": "USD"
			      }
			    }
			  }
			}""";

	/** Paying an order of the demo customer with its card on file. */
	static final String PAY_REQUEST = """
			{
			  "idempotency_key": "c043a359-7ad9-4136-82a9-c3f1d66dcbff",
			  "order_version": 1,
			  "card_id": "ccof:qy5x8hHGYsgLrp4Q4GB"
			}""";

	/** The completed order with its CARD tender. */
	static final String PAY_RESPONSE = """
			{
			  "order": {
			    "id": "CAISENgvlJ6jLWAzERDzjyHVybY",
			    "location_id": "D7AVYMEAPJ3A3",
			    "line_items": [
			      {
			        "uid": "ULkg0tQTRK2bkU9fNv3IJD",
			        "quantity": "1",
			        "name": "Item 1",
			        "base_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 250,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 250,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 500,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "9zr9S4dxvPAixvn0lpa1VC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			            "applied_money": {
			              "amount": 250,
			              "currency": "USD"
			            }
			          }
			        ]
			      },
			      {
			        "uid": "mumY8Nun4BC5aKe2yyx5a",
			        "quantity": "2",
			        "name": "Item 2",
			        "base_price_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "gross_sales_money": {
			          "amount": 600,
			          "currency": "USD"
			        },
			        "total_tax_money": {
			          "amount": 0,
			          "currency": "USD"
			        },
			        "total_discount_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "total_money": {
			          "amount": 300,
			          "currency": "USD"
			        },
			        "variation_total_price_money": {
			          "amount": 600,
			          "currency": "USD"
			        },
			        "applied_discounts": [
			          {
			            "uid": "qa8LwwZK82FgSEkQc2HYVC",
			            "discount_uid": "zGsRZP69aqSSR9lq9euSPB",
			            "applied_money": {
			              "amount": 300,
			              "currency": "USD"
			            }
			          }
			        ]
			      }
			    ],
			    "discounts": [
			      {
			        "uid": "zGsRZP69aqSSR9lq9euSPB",
			        "name": "50% Off",
			        "percentage": "50",
			        "applied_money": {
			          "amount": 550,
			          "currency": "USD"
			        },
			        "type": "FIXED_PERCENTAGE",
			        "scope": "ORDER"
			      }
			    ],
			    "tenders": [
			      {
			        "id": "bP9mAsEMYPUGjjGNaNO5ZDVyLhSZY",
			        "location_id": "D7AVYMEAPJ3A3",
			        "transaction_id": "CAISENgvlJ6jLWAzERDzjyHVybY",
			        "created_at": "2020-05-18T16:41:23.125Z",
			        "amount_money": {
			          "amount": 550,
			          "currency": "USD"
			        },
			        "customer_id": "CHFGVKYY8RSV93M5KCYTG4PN0G",
			        "type": "CARD",
			        "card_details": {
			          "status": "CAPTURED",
			          "card": {
			            "id": "ccof:qy5x8hHGYsgLrp4Q4GB"
			          },
			          "entry_method": "ON_FILE"
			        },
			        "payment_id": "bP9mAsEMYPUGjjGNaNO5ZDVyLhSZY"
			      }
			    ],
			    "created_at": "2020-05-18T16:30:49.614Z",
			    "updated_at": "2020-05-18T16:41:23.125Z",
			    "state": "COMPLETED",
			    "version": 2,
			    "total_tax_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_discount_money": {
			      "amount": 550,
			      "currency": "USD"
			    },
			    "total_tip_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "total_money": {
			      "amount": 550,
			      "currency": "USD"
			    },
			    "total_service_charge_money": {
			      "amount": 0,
			      "currency": "USD"
			    },
			    "net_amounts": {
			      "total_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "tax_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "discount_money": {
			        "amount": 550,
			        "currency": "USD"
			      },
			      "tip_money": {
			        "amount": 0,
			        "currency": "USD"
			      },
			      "service_charge_money": {
			        "amount": 0,
			        "currency": "USD"
			      }
			    },
			    "closed_at": "2020-05-18T16:41:23.125Z",
			    "customer_id": "CHFGVKYY8RSV93M5KCYTG4PN0G"
			  }
			}""";

	private OrderExamples() {
	}

}
