-- wrk script: every request asks for the same page with a query string never used before, so the page cache
-- never has it: each request renders the page and stores it (then soon evicts it from the bounded query pool).
local threads = 0

function setup(thread)
	threads = threads + 1
	thread:set("id", threads)
end

function init(args)
	counter = 0
end

function request()
	counter = counter + 1
	return wrk.format(nil, wrk.path .. "?miss=" .. id .. "-" .. counter)
end
