-- Argo CD health of a vitrine.io StoreRollout, from the operator's kstatus conditions.
-- Healthy when Ready: at the phase Git asked for, including while that phase waits for an
-- approval (reason AwaitingApproval), while paused where someone asked (the message says who), and
-- when Completed; never Suspended, which would hold Argo CD's sync waves. Degraded when Stalled
-- (aborted, progress deadline) or Degraded (a gate failed and the rollout rolled back).
-- Progressing otherwise: advancing towards targetPhase, or the operator has not yet seen the
-- latest spec (observedGeneration behind generation).
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

local function describe(c)
  return (c.reason or c.type) .. ": " .. (c.message or "")
end

local generation = obj.metadata and obj.metadata.generation
local observed = obj.status and obj.status.observedGeneration
if generation ~= nil and (observed == nil or observed < generation) then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to observe generation " .. generation
  return hs
end

for _, type in ipairs({"Stalled", "Degraded"}) do
  local c = condition(obj, type)
  if c ~= nil and c.status == "True" then
    hs.status = "Degraded"
    hs.message = describe(c)
    return hs
  end
end

local ready = condition(obj, "Ready")
if ready ~= nil and ready.status == "True" then
  local paused = condition(obj, "Paused")
  hs.status = "Healthy"
  if paused ~= nil and paused.status == "True" then
    hs.message = describe(paused)
  else
    hs.message = describe(ready)
  end
  return hs
end

hs.status = "Progressing"
if ready ~= nil then
  hs.message = describe(ready)
else
  hs.message = "Waiting for the operator"
end
return hs
