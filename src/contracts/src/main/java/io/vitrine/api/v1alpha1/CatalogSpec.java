package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import java.util.ArrayList;
import java.util.List;

public class CatalogSpec {

  @Default("1")
  @Min(1)
  @Max(12)
  @JsonPropertyDescription("Primary shards of the catalog index. Changing it builds a new index.")
  private int shards = 1;

  @Default("0")
  @Min(0)
  @Max(3)
  @JsonPropertyDescription("Replicas of the catalog index; changed in place.")
  private int replicas = 0;

  @JsonPropertyDescription(
      "Attribute families to map: beauty (ingredients, concerns, finish, skin types, shade) and"
          + " luxury (serialized, warranty months, service interval). Empty: derived from the"
          + " segment.")
  private List<AttributeFamily> attributeFamilies = new ArrayList<>();

  @Default("384")
  @Min(2)
  @Max(4096)
  @JsonPropertyDescription("Dimension of the product embedding vectors (k-NN, lucene engine).")
  private int embeddingDimension = 384;

  public int getShards() {
    return shards;
  }

  public void setShards(int shards) {
    this.shards = shards;
  }

  public int getReplicas() {
    return replicas;
  }

  public void setReplicas(int replicas) {
    this.replicas = replicas;
  }

  public List<AttributeFamily> getAttributeFamilies() {
    return attributeFamilies;
  }

  public void setAttributeFamilies(List<AttributeFamily> attributeFamilies) {
    this.attributeFamilies = attributeFamilies;
  }

  public int getEmbeddingDimension() {
    return embeddingDimension;
  }

  public void setEmbeddingDimension(int embeddingDimension) {
    this.embeddingDimension = embeddingDimension;
  }
}
