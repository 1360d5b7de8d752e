-- Argo CD health of a vitrine.io RetailerIntegration, from the operator's kstatus conditions.
-- Healthy when Ready; Degraded when Stalled (someone must act); Progressing otherwise, including
-- while the operator has not yet seen the latest spec (observedGeneration behind generation).
local hs = {}
local function condition(obj, type)
  if obj.status == nil or obj.status.conditions == nil then
    return nil
  end
  for _, c in ipairs(obj.status.conditions) do
    if c.type == type then
      return c
    end
  end
  return nil
end

local generation = obj.metadata and obj.metadata.generation
local observed = obj.status and obj.status.observedGeneration
if generation ~= nil and (observed == nil or observed < generation) then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to observe generation " .. generation
  return hs
end

local stalled = condition(obj, "Stalled")
if stalled ~= nil and stalled.status == "True" then
  hs.status = "Degraded"
  hs.message = stalled.reason .. ": " .. (stalled.message or "")
  return hs
end

local ready = condition(obj, "Ready")
if ready ~= nil and ready.status == "True" then
  hs.status = "Healthy"
  hs.message = ready.reason
  return hs
end

hs.status = "Progressing"
if ready ~= nil then
  hs.message = ready.reason .. ": " .. (ready.message or "")
else
  hs.message = "Waiting for the operator"
end
return hs
