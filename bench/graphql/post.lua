-- wrk script: POST the GraphQL request read from the file named by the BODY environment variable.
local file = io.open(os.getenv("BODY"), "r")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
