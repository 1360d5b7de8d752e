package io.vitrine.tenant.copilot;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Runs the tools a question needs, on the products it is about. */
@ApplicationScoped
public class CopilotTools {

  /** Products whose stock is looked up: the cart's, else the best retrieved. */
  static final int STOCK_PRODUCTS = 3;

  private final StockTool stock;
  private final ScreeningTool screening;
  private final LoyaltyTool loyalty;

  public CopilotTools(StockTool stock, ScreeningTool screening, LoyaltyTool loyalty) {
    this.stock = stock;
    this.screening = screening;
    this.loyalty = loyalty;
  }

  CopilotFacts facts(QuestionIntents intents, CopilotRequest request, List<String> products) {
    List<StoreStock> counts = null;
    if (intents.stock() && !products.isEmpty()) {
      counts = new ArrayList<>();
      for (String sku : products.stream().limit(STOCK_PRODUCTS).toList()) {
        counts.addAll(stock.where(sku, request.storeId()));
      }
    }
    ScreeningFact screened =
        intents.ingredients()
            ? screening.screen(products, intents.groups(), request.customerId())
            : null;
    LoyaltyFact standing =
        intents.loyalty() && request.customerId() != null
            ? loyalty.standing(request.customerId())
            : null;
    return new CopilotFacts(counts, screened, standing);
  }
}
